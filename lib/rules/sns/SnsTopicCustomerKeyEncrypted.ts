import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The topic encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId); alias/aws/sns is AWS-managed. */
export default function SnsTopicCustomerKeyEncrypted(topic: Resource): RuleFinding[] {
  return perVariant(topic, (props) => {
    if (get(props, 'KmsMasterKeyId') === undefined) {
      return { path: at('KmsMasterKeyId'), problem: 'must name a customer-managed KMS key', found: absent('no encryption: messages are stored unencrypted') };
    }
    return mustUseCustomerManagedKey(topic.template, props, 'KmsMasterKeyId');
  });
}
