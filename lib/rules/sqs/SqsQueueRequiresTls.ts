import { literalNames, type AttachedPolicySpec } from '../../template/attached-policies';
import type { RequiredResource } from '../../template/policy';
import type { Resource } from '../../template/template';
import { requiresTlsDeny } from '../attached-policy-tls';
import type { RuleFinding } from '../rule';

/** Queue policies name queues by URL: a `Ref`, a `${Queue}` placeholder, or a literal URL ending in the QueueName. */
const QUEUE_POLICIES: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::SQS::QueuePolicy', targetProp: 'Queues' }, { policyType: 'AWS::SQS::QueueInlinePolicy', targetProp: 'Queue' }],
  nameProp: 'QueueName',
  literalNames: (entry, name) => entry.endsWith(`/${name}`),
  placeholderEntries: true,
};

/** The queue as a policy document may spell its ARN. */
function queueArn(queue: Resource): RequiredResource {
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
export default function SqsQueueRequiresTls(queue: Resource): RuleFinding[] {
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
