import type { TemplateResource } from '../../template/template';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::S3::BucketPolicy'],
  title: 'No Allow statement of the bucket policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A bucket policy that allows "*" hands the objects (or their deletion) to anyone on the internet; for health data that is a breach, whatever the action.',
  fix: 'Grant to specific roles or accounts, or keep "*" only with a condition on aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceVpc, aws:SourceAccount or aws:SourceArn (StringEquals/ArnEquals, no IfExists) (CDK: bucket.grantRead(role) instead of grantPublicAccess / addToResourcePolicy with AnyPrincipal).',
  notes: 'Judged on the AWS::S3::BucketPolicy resource itself (not on the bucket), so a policy for a bucket outside the template is judged too and each grant is reported once. Decisions (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; a principal or condition value that cannot be resolved is a finding; aws:SourceIp, aws:Referer and aws:UserAgent do not restrict (anonymous callers from an address range, or with a header they choose, are still the public); *IfExists, negated operators, ForAllValues and wildcard values do not restrict. Whatever the actions: a public Deny is fine, a public Allow of any action is a finding.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The bucket policy grants nothing to anyone: no Allow to `*` (or NotPrincipal)
 * without a condition pinning the caller to an account, organisation, VPC or
 * source. Judged on the policy resource itself, so a policy for a bucket outside
 * the template is judged too, and each grant is reported once.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('PolicyDocument'), publicGrants(props.PolicyDocument, { placeholderIsConcrete })));
}
