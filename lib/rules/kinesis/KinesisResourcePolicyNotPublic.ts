import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Kinesis::ResourcePolicy'],
  title: 'No Allow statement of the stream or consumer resource policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A data stream open to "*" lets anyone read the health records flowing through it or inject forged ones.',
  fix: 'Grant to specific accounts or roles, or keep "*" only with a condition on aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists) (CDK: stream.grantRead(principal) / addToResourcePolicy with specific principals).',
  notes: 'Decision: judged on the AWS::Kinesis::ResourcePolicy resource itself, also for a stream outside the template. AWS::Kinesis::StreamConsumer has no policy of its own in CloudFormation. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The stream's (or consumer's) resource policy grants nothing to anyone: no Allow
 * to `*` (or NotPrincipal) without a condition pinning the caller to an account,
 * organisation, VPC or source (see `publicGrants`). Judged on the policy resource.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('ResourcePolicy'), publicGrants(props.ResourcePolicy, { placeholderIsConcrete })));
}
