import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Indices, logs, swap and snapshots are encrypted: `EncryptionAtRestOptions.Enabled` is true. */
export default function OpenSearchDomainEncryptedAtRest(domain: Resource): RuleFinding[] {
  return perVariant(domain, (props) => mustBe(props, 'EncryptionAtRestOptions.Enabled', true, { defaultText: 'false: unencrypted' }));
}
