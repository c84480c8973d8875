import { literalNames, type AttachedPolicySpec } from '../../template/attached-policies';
import type { RequiredResource } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { requiresTlsDeny } from '../attached-policy-tls';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::SQS::Queue'],
  title: 'A queue policy naming the queue (QueuePolicy Queues, or QueueInlinePolicy Queue) denies every principal all sqs actions on the queue when aws:SecureTransport is false.',
  rationale: 'SQS accepts requests over plain HTTP unless a policy refuses them; messages about patients must never cross the network unencrypted.',
  fix: 'Add an AWS::SQS::QueuePolicy with Queues [Ref queue] and a statement { Effect: Deny, Principal: "*", Action: "sqs:*", Resource: queue ARN, Condition: { Bool: { aws:SecureTransport: false } } } (CDK: enforceSSL: true).',
  notes: 'Verified: SQS endpoints answer HTTP and HTTPS; only a policy deny enforces TLS. A queue without such a policy is a finding; a deny on another queue, '
    + 'a deny narrowed by a further condition, or a policy that names the queue only under one Fn::If branch does not count. A queue has one policy: '
    + 'every policy of the template naming the queue must carry the deny. The deny must cover the queue ARN (${Queue.Arn}, the ARN built from its name, or a wildcard). '
    + 'CDK\'s enforceSSL shape (Deny {AWS: "*"} sqs:* Bool aws:SecureTransport "false") passes.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard accepts the deny only on Resource "*", Fn::GetAtt [<queue>, Arn] or Fn::Sub "${<queue>.Arn}" of the queue the policy names by Ref; '
      + 'an ARN built from the queue\'s literal QueueName (arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:<name>) fails, because Guard cannot '
      + 'extract the name from the ARN and compare it with that queue\'s QueueName within the per-queue join.',
  },
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** Queue policies name queues by URL: a `Ref`, a `${Queue}` placeholder, or a literal URL ending in the QueueName. */
const QUEUE_POLICIES: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::SQS::QueuePolicy', targetProp: 'Queues' }, { policyType: 'AWS::SQS::QueueInlinePolicy', targetProp: 'Queue' }],
  nameProp: 'QueueName',
  literalNames: (entry, name) => entry.endsWith(`/${name}`),
  placeholderEntries: true,
};

/** The queue as a policy document may spell its ARN. */
function queueArn(queue: TemplateResource): RequiredResource {
  const names = [`\${${queue.logicalId}.QueueName}`, ...literalNames(queue, 'QueueName')];
  return {
    name: 'the queue',
    arns: [
      `\${${queue.logicalId}.Arn}`,
      ...names.flatMap((n) => [`arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:${n}`, `arn:\${AWS::Partition}:sqs:\${AWS::Region}:\${AWS::AccountId}:${n}`]),
    ],
  };
}

/**
 * Every request to the queue must use TLS: a queue policy whose `Queues` names this
 * queue denies every principal all sqs actions on the queue when
 * `aws:SecureTransport` is false. A deny on another queue does not count; a queue
 * without such a policy is a finding (SQS accepts plain-HTTP requests by default).
 */
function evaluate(queue: TemplateResource): RuleFinding[] {
  return requiresTlsDeny(queue, {
    spec: QUEUE_POLICIES,
    missing: {
      problem: 'must have an AWS::SQS::QueuePolicy (or QueueInlinePolicy) naming this queue that denies requests without TLS (aws:SecureTransport false)',
      found: 'no queue policy in the template names this queue',
    },
    required: [queueArn(queue)],
    service: 'sqs',
  });
}
