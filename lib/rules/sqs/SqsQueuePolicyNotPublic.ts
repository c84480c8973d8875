import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy'],
  title: 'No Allow statement of the queue policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A queue policy that allows "*" lets anyone on the internet read, send or purge messages about patients.',
  fix: 'Grant to specific roles, accounts or service principals, or keep "*" only with a condition on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or aws:SourceVpce (StringEquals/ArnEquals, no IfExists) (CDK: queue.grantSendMessages(role) instead of addToResourcePolicy with AnyPrincipal).',
  notes: 'Decision: judged on the AWS::SQS::QueuePolicy (and QueueInlinePolicy) resource itself, not on the queues it names, as for S3 bucket policies: each grant is reported once, '
    + 'also when the policy names a queue outside the template. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): '
    + 'aws:SourceIp does not restrict, an unresolvable principal or condition is a finding, a public Deny is fine.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The queue policy grants nothing to anyone: no Allow to `*` (or NotPrincipal)
 * without a condition pinning the caller to an account, organisation, VPC or
 * source (see `publicGrants`). Judged on the policy resource itself, like bucket
 * policies: each grant is reported once, also for queues outside the template.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('PolicyDocument'), publicGrants(props.PolicyDocument, { placeholderIsConcrete })));
}
