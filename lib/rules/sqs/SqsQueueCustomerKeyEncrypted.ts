import type { TemplateResource } from '../../template/template';
import { bool, get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::SQS::Queue'],
  title: 'The queue encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId).',
  rationale: 'Messages about patients wait in the queue on AWS storage; only a customer-managed key lets the data owner control, audit and revoke who can decrypt them.',
  fix: 'Set KmsMasterKeyId to a customer-managed KMS key (CDK: encryption: QueueEncryption.KMS with encryptionMasterKey: a kms.Key).',
  notes: 'Verified: new queues default to SSE-SQS (SqsManagedSseEnabled, an SQS-owned key) since 2022; SqsManagedSseEnabled false without KmsMasterKeyId stores messages unencrypted. '
    + 'SSE-SQS and alias/aws/sqs (the AWS-managed key) are findings: the customer cannot control or revoke them.',
  evaluate,
});

/**
 * The queue is encrypted with a customer-managed KMS key (KmsMasterKeyId). SSE-SQS
 * (SqsManagedSseEnabled, the default for new queues) and alias/aws/sqs use keys the
 * customer does not control, so they do not satisfy the rule.
 */
function evaluate(queue: TemplateResource): RuleFinding[] {
  return perVariant(queue, (props) => {
    if (get(props, 'KmsMasterKeyId') === undefined) {
      const sse = bool(get(props, 'SqsManagedSseEnabled'));
      return {
        path: at('KmsMasterKeyId'),
        problem: 'must name a customer-managed KMS key',
        found: sse === false
          ? 'absent, and SqsManagedSseEnabled is false: messages are stored unencrypted'
          : absent('SSE-SQS, a key owned by SQS that the customer cannot control, audit or revoke'),
      };
    }
    return mustUseCustomerManagedKey(queue.template, props, 'KmsMasterKeyId');
  });
}
