import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::SNS::TopicPolicy', 'AWS::SNS::TopicInlinePolicy'],
  title: 'No Allow statement of the topic policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A topic policy that allows "*" lets anyone publish forged messages into, or subscribe an endpoint of theirs to, a topic that carries health events.',
  fix: 'Grant to specific roles, accounts or service principals, or keep "*" only with a condition on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or aws:SourceVpce (StringEquals/ArnEquals, no IfExists) (CDK: topic.grantPublish(role) instead of addToResourcePolicy with AnyPrincipal).',
  notes: 'Decision: judged on the AWS::SNS::TopicPolicy (and TopicInlinePolicy) resource itself, not on the topics it names, as for S3 bucket policies: '
    + 'each grant is reported once, also for a topic outside the template. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): '
    + 'any action allowed to anyone is a finding (Publish forges events, Subscribe leaks them); aws:SourceIp does not restrict; an unresolvable principal or condition is a finding.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The topic policy grants nothing to anyone: no Allow to `*` (or NotPrincipal)
 * without a condition pinning the caller to an account, organisation, VPC or
 * source (see `publicGrants`). Judged on the policy resource itself, like bucket
 * policies: each grant is reported once, also for topics outside the template.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('PolicyDocument'), publicGrants(props.PolicyDocument, { placeholderIsConcrete })));
}
