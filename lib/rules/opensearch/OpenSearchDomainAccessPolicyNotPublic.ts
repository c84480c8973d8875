import type { Resource } from '../../template/template';
import { bool, get } from '../../template/values';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The domain access policy does not let anyone in: no Allow statement for every
 * principal without a condition that pins the caller. An open policy is accepted
 * only on a domain with fine-grained access control (which then authenticates
 * every request itself) and anonymous access off.
 */
export default function OpenSearchDomainAccessPolicyNotPublic(domain: Resource): RuleFinding[] {
  return perVariant(domain, (props) => {
    const problems = publicGrants(get(props, 'AccessPolicies'), { placeholderIsConcrete: (n) => !domain.template.parameter(n) });
    if (problems.length === 0) return undefined;
    const anonymous = get(props, 'AdvancedSecurityOptions.AnonymousAuthEnabled');
    const fgac = bool(get(props, 'AdvancedSecurityOptions.Enabled')) === true && (anonymous === undefined || bool(anonymous) === false);
    if (fgac) return undefined;
    return under(at('AccessPolicies'), problems).map((p) => ({
      ...p,
      problem: `${p.problem}, and fine-grained access control is not enabled to authenticate callers`,
    }));
  });
}
