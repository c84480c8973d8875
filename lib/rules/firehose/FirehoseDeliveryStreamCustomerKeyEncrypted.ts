import type { Resource } from '../../template/template';
import { get, str } from '../../template/values';
import { absent, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * Source types where Firehose does not store the records at rest: they stay in the
 * source (a Kinesis data stream or an MSK cluster), whose own rules judge encryption,
 * and Firehose rejects server-side encryption settings for them.
 */
const STREAMING_SOURCES = ['KinesisStreamAsSource', 'MSKAsSource'];

/**
 * A delivery stream that stores records itself (DirectPut, the default) encrypts them
 * with a customer-managed KMS key: DeliveryStreamEncryptionConfigurationInput KeyType
 * CUSTOMER_MANAGED_CMK and KeyARN a customer-managed key.
 */
export default function FirehoseDeliveryStreamCustomerKeyEncrypted(deliveryStream: Resource): RuleFinding[] {
  return perVariant(deliveryStream, (props) => {
    const source = str(get(props, 'DeliveryStreamType'));
    if (source !== undefined && STREAMING_SOURCES.includes(source)) return undefined;
    const sse = 'DeliveryStreamEncryptionConfigurationInput';
    if (get(props, sse) === undefined) {
      return { path: `Properties.${sse}`, problem: 'must encrypt with a customer-managed KMS key', found: absent('no server-side encryption') };
    }
    return mustBeOneOf(props, `${sse}.KeyType`, ['CUSTOMER_MANAGED_CMK'], { ignoreCase: false, defaultText: 'AWS_OWNED_CMK' })
      ?? mustUseCustomerManagedKey(deliveryStream.template, props, `${sse}.KeyARN`);
  });
}
