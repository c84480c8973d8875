import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The DocumentDB cluster encrypts its storage: `StorageEncrypted` is true (the API default is false). */
export default function DocDbClusterStorageEncrypted(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'StorageEncrypted', true, { defaultText: 'false: stored unencrypted' }));
}
