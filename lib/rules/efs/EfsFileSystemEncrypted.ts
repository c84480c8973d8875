import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The file system encrypts data at rest: `Encrypted` is true (CloudFormation's default is false). */
export default function EfsFileSystemEncrypted(fileSystem: Resource): RuleFinding[] {
  return perVariant(fileSystem, (props) => mustBe(props, 'Encrypted', true, { defaultText: 'false: stored unencrypted' }));
}
