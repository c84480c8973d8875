import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The Neptune cluster encrypts its storage: `StorageEncrypted` is true (the default is false). */
export default function NeptuneClusterStorageEncrypted(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'StorageEncrypted', true, { defaultText: 'false: stored unencrypted' }));
}
