import type { Resource } from '../../template/template';
import { bool, get } from '../../template/values';
import { publicGrants, under } from '../../template/policy';
import { appliedAccessPolicies } from '../../template/custom-resources';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The domain access policy does not let anyone in: no Allow statement for every
 * principal without a condition that pins the caller. An open policy is accepted
 * only on a domain with fine-grained access control (which then authenticates
 * every request itself) and anonymous access off.
 *
 * The effective policy is judged: `AccessPolicies` and every policy a custom resource
 * applies to the domain after deploy (CDK's `Domain` `accessPolicies` renders a
 * `Custom::OpenSearchAccessPolicy`, not `AccessPolicies`).
 */
export default function OpenSearchDomainAccessPolicyNotPublic(domain: Resource): RuleFinding[] {
  const placeholderIsConcrete = (n: string) => !domain.template.parameter(n);
  const applied = appliedAccessPolicies(domain).flatMap((a) =>
    under(at('AccessPolicies'), publicGrants(a.document, { placeholderIsConcrete })).map((p) => ({
      ...p,
      problem: `(as set after deploy by ${a.by.type} '${a.by.logicalId}') ${p.problem}`,
      ...(a.branches.length ? { branches: a.branches } : {}),
    })));
  return perVariant(domain, (props) => {
    const problems = [...under(at('AccessPolicies'), publicGrants(get(props, 'AccessPolicies'), { placeholderIsConcrete })), ...applied];
    if (problems.length === 0) return undefined;
    const anonymous = get(props, 'AdvancedSecurityOptions.AnonymousAuthEnabled');
    const fgac = bool(get(props, 'AdvancedSecurityOptions.Enabled')) === true && (anonymous === undefined || bool(anonymous) === false);
    if (fgac) return undefined;
    return problems.map((p) => ({
      ...p,
      problem: `${p.problem}, and fine-grained access control is not enabled to authenticate callers`,
    }));
  });
}
