import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Fine-grained access control does not admit anonymous users: `AdvancedSecurityOptions.AnonymousAuthEnabled` is not true. */
export default function OpenSearchDomainAnonymousAuthDisabled(domain: Resource): RuleFinding[] {
  return perVariant(domain, (props) => mustBe(props, 'AdvancedSecurityOptions.AnonymousAuthEnabled', false, { absentSecure: true }));
}
