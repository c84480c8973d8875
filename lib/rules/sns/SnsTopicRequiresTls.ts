import { literalNames, type AttachedPolicySpec } from '../../template/attached-policies';
import type { RequiredResource } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { requiresTlsDeny } from '../attached-policy-tls';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::SNS::Topic'],
  title: 'A topic policy naming the topic (TopicPolicy Topics, or TopicInlinePolicy TopicArn) denies every principal sns:Publish (or all sns actions) on the topic when aws:SecureTransport is false.',
  rationale: 'SNS accepts publish requests over plain HTTP unless the topic policy refuses them; health events must never cross the network unencrypted.',
  fix: 'Add an AWS::SNS::TopicPolicy with Topics [Ref topic] and a statement { Effect: Deny, Principal: "*", Action: "sns:Publish", Resource: Ref topic, Condition: { Bool: { aws:SecureTransport: false } } } (CDK: enforceSSL: true).',
  notes: 'Verified: SNS accepts HTTP and HTTPS requests; only a policy deny enforces TLS (AWS documents the sns:Publish deny, which CDK enforceSSL writes). '
    + 'Decision: a deny of sns:Publish is enough, because Publish is the action that carries message content; deliveries to subscribers are governed by '
    + 'the subscription protocol, not by this policy. A topic without such a policy is a finding; a deny on another topic, a deny narrowed by a further '
    + 'condition or principal, or a policy that names the topic only under one Fn::If branch does not count. Every policy naming the topic must carry the deny.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard accepts the deny only on Resource "*", {Ref: <topic>}, Fn::GetAtt [<topic>, TopicArn] or Fn::Sub "${<topic>}"/"${<topic>.TopicArn}" of the topic the policy names by Ref; '
      + 'an ARN built from the topic\'s literal TopicName (arn:aws:sns:${AWS::Region}:${AWS::AccountId}:<name>) fails, because Guard cannot '
      + 'extract the name from the ARN and compare it with that topic\'s TopicName within the per-topic join.',
  },
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** Topic policies name topics by ARN: a `Ref` (the topic ARN), or a literal SNS ARN ending in the TopicName. */
const TOPIC_POLICIES: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::SNS::TopicPolicy', targetProp: 'Topics' }, { policyType: 'AWS::SNS::TopicInlinePolicy', targetProp: 'TopicArn' }],
  nameProp: 'TopicName',
  literalNames: (entry, name) => /^arn:[^:]+:sns:[^:]*:[^:]*:/.test(entry.replace(/\$\{AWS::[A-Za-z]+\}/g, 'x')) && entry.endsWith(`:${name}`),
};

/** The topic as a policy document may spell its ARN (`Ref` to a topic gives its ARN). */
function topicArn(topic: TemplateResource): RequiredResource {
  const names = [`\${${topic.logicalId}.TopicName}`, ...literalNames(topic, 'TopicName')];
  return {
    name: 'the topic',
    arns: [
      `\${${topic.logicalId}}`,
      `\${${topic.logicalId}.TopicArn}`,
      ...names.flatMap((n) => [`arn:aws:sns:\${AWS::Region}:\${AWS::AccountId}:${n}`, `arn:\${AWS::Partition}:sns:\${AWS::Region}:\${AWS::AccountId}:${n}`]),
    ],
  };
}

/**
 * Every publish to the topic must use TLS: a topic policy whose `Topics` names this
 * topic denies every principal sns:Publish (or all sns actions) on the topic when
 * `aws:SecureTransport` is false. A deny on another topic does not count; a topic
 * without such a policy is a finding (SNS accepts plain-HTTP requests by default).
 */
function evaluate(topic: TemplateResource): RuleFinding[] {
  return requiresTlsDeny(topic, {
    spec: TOPIC_POLICIES,
    missing: {
      problem: 'must have an AWS::SNS::TopicPolicy (or TopicInlinePolicy) naming this topic that denies publishing without TLS (aws:SecureTransport false)',
      found: 'no topic policy in the template names this topic',
    },
    required: [topicArn(topic)],
    service: 'sns',
    dataActions: ['sns:Publish'],
  });
}
