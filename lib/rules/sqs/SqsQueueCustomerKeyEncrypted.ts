import type { Resource } from '../../template/template';
import { bool, get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The queue is encrypted with a customer-managed KMS key (KmsMasterKeyId). SSE-SQS
 * (SqsManagedSseEnabled, the default for new queues) and alias/aws/sqs use keys the
 * customer does not control, so they do not satisfy the rule.
 */
export default function SqsQueueCustomerKeyEncrypted(queue: Resource): RuleFinding[] {
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
