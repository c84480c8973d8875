import type { TemplateResource } from '../../template/template';
import { get, str } from '../../template/values';
import { absent, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  title: 'A delivery stream that receives records directly encrypts them at rest with a customer-managed KMS key (DeliveryStreamEncryptionConfigurationInput KeyType CUSTOMER_MANAGED_CMK with KeyARN).',
  rationale: 'A DirectPut delivery stream buffers incoming health records before delivery; server-side encryption under a customer-managed key keeps them under the data owner\'s control.',
  fix: 'Set DeliveryStreamEncryptionConfigurationInput to { KeyType: CUSTOMER_MANAGED_CMK, KeyARN: <customer-managed key ARN> } (CDK: encryption: StreamEncryption.customerManagedKey(key)).',
  notes: 'Verified: server-side encryption is off unless DeliveryStreamEncryptionConfigurationInput is given; its KeyType default is AWS_OWNED_CMK (a finding). '
    + 'Decision: DeliveryStreamType KinesisStreamAsSource and MSKAsSource are not judged: Firehose does not store those records at rest (they stay in the '
    + 'source stream or cluster, judged by its own rules) and does not accept SSE settings for them. DirectPut (the default), DatabaseAsSource and a type '
    + 'that cannot be resolved must configure the customer-managed key.',
  evaluate,
});

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
function evaluate(deliveryStream: TemplateResource): RuleFinding[] {
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
