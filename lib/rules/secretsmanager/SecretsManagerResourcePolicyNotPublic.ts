import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::SecretsManager::ResourcePolicy'],
  title: 'No Allow statement of the secret\'s resource policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A secret open to "*" hands the credentials of a health-data store to anyone who asks.',
  fix: 'Grant to specific roles or accounts, or keep "*" only with a condition on aws:PrincipalOrgID, aws:PrincipalAccount or aws:SourceVpce (StringEquals, no IfExists); set BlockPublicPolicy true (CDK: secret.grantRead(role) instead of addToResourcePolicy with AnyPrincipal).',
  notes: 'Decision: judged on the AWS::SecretsManager::ResourcePolicy resource itself (the only place a secret policy is written), also for a secret outside the template. '
    + 'Verified: the current API reference says public policies are not blocked unless BlockPublicPolicy is true (older CloudFormation docs said the opposite); either way it only rejects policies at deploy time, so the template is judged on its own. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The secret's resource policy grants nothing to anyone: no Allow to `*` (or
 * NotPrincipal) without a condition pinning the caller to an account,
 * organisation, VPC or source (see `publicGrants`). Judged on the policy resource.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('ResourcePolicy'), publicGrants(props.ResourcePolicy, { placeholderIsConcrete })));
}
