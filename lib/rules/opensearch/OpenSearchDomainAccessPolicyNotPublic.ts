import type { TemplateResource } from '../../template/template';
import { bool, get } from '../../template/values';
import { publicGrants, under } from '../../template/policy';
import { appliedAccessPolicies } from '../../template/custom-resources';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  title: 'The domain access policy grants nothing to anyone-at-all: no Allow for every principal without a condition that pins the caller, unless fine-grained access control authenticates every request.',
  rationale: 'An access policy allowing "*" lets unauthenticated callers that reach the endpoint read, write and delete indices of health data.',
  fix: 'Name specific IAM principals in AccessPolicies, or pin a "*" statement with a condition such as aws:SourceVpce or aws:PrincipalOrgID; or enable fine-grained access control (AdvancedSecurityOptions.Enabled true, AnonymousAuthEnabled false) (CDK: Domain accessPolicies, fineGrainedAccessControl).',
  notes: 'Judged with lib/template/policy.ts publicGrants (aws:SourceIp does not count as restricting: anonymous callers from the range still get in). Decision: AWS recommends an open access policy together with fine-grained access control, which then authenticates each request, so a public grant passes when AdvancedSecurityOptions.Enabled is true and AnonymousAuthEnabled is absent or false. Applies inside a VPC too: anything on the network could read the data without credentials. An absent access policy grants nothing. The effective policy is judged: CDK\'s Domain accessPolicies renders a Custom::OpenSearchAccessPolicy (an AwsCustomResource calling updateDomainConfig with AccessPolicies as JSON text) instead of AccessPolicies, so every policy a custom resource applies to the domain (named by Ref or by its literal DomainName) is judged as well (lib/template/custom-resources.ts).',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard cannot read the policy out of a custom resource\'s call (JSON text inside an Fn::Join): a domain that a custom resource\'s Create or Update call names with Ref (Custom::OpenSearchAccessPolicy, Custom::ElasticsearchAccessPolicy) fails unless fine-grained access control is enabled; the rule reads the policy and passes a restricted one.',
  },
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

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
function evaluate(domain: TemplateResource): RuleFinding[] {
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
