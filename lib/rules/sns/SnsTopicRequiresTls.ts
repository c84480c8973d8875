import { literalNames, type AttachedPolicySpec } from '../../template/attached-policies';
import type { RequiredResource } from '../../template/policy';
import type { Resource } from '../../template/template';
import { requiresTlsDeny } from '../attached-policy-tls';
import type { RuleFinding } from '../rule';

/** Topic policies name topics by ARN: a `Ref` (the topic ARN), or a literal SNS ARN ending in the TopicName. */
const TOPIC_POLICIES: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::SNS::TopicPolicy', targetProp: 'Topics' }, { policyType: 'AWS::SNS::TopicInlinePolicy', targetProp: 'TopicArn' }],
  nameProp: 'TopicName',
  literalNames: (entry, name) => /^arn:[^:]+:sns:[^:]*:[^:]*:/.test(entry.replace(/\$\{AWS::[A-Za-z]+\}/g, 'x')) && entry.endsWith(`:${name}`),
};

/** The topic as a policy document may spell its ARN (`Ref` to a topic gives its ARN). */
function topicArn(topic: Resource): RequiredResource {
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
export default function SnsTopicRequiresTls(topic: Resource): RuleFinding[] {
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
