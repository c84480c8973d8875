import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Traffic between the domain's nodes is TLS-encrypted: `NodeToNodeEncryptionOptions.Enabled` is true. */
export default function OpenSearchDomainNodeToNodeEncrypted(domain: Resource): RuleFinding[] {
  return perVariant(domain, (props) =>
    mustBe(props, 'NodeToNodeEncryptionOptions.Enabled', true, { defaultText: 'false: plaintext between nodes' }));
}
