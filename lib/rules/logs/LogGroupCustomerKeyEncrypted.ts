import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The log group encrypts log events with a customer-managed KMS key (KmsKeyId). */
export default function LogGroupCustomerKeyEncrypted(logGroup: Resource): RuleFinding[] {
  return perVariant(logGroup, (props) => {
    if (get(props, 'KmsKeyId') === undefined) {
      return { path: at('KmsKeyId'), problem: 'must name a customer-managed KMS key', found: absent('the CloudWatch Logs service key, which the customer cannot control or revoke') };
    }
    return mustUseCustomerManagedKey(logGroup.template, props, 'KmsKeyId');
  });
}
