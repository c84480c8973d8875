import { entry } from './entry';
import type { CatalogEntry } from './types';

export const firehose: CatalogEntry[] = [
  entry({
    name: 'FirehoseDeliveryStreamCustomerKeyEncrypted',
    category: 'E',
    service: 'firehose',
    resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
    title: 'A delivery stream that receives records directly encrypts them at rest with a customer-managed KMS key (DeliveryStreamEncryptionConfigurationInput KeyType CUSTOMER_MANAGED_CMK with KeyARN).',
    rationale: 'A DirectPut delivery stream buffers incoming health records before delivery; server-side encryption under a customer-managed key keeps them under the data owner\'s control.',
    fix: 'Set DeliveryStreamEncryptionConfigurationInput to { KeyType: CUSTOMER_MANAGED_CMK, KeyARN: <customer-managed key ARN> } (CDK: encryption: StreamEncryption.customerManagedKey(key)).',
    notes: 'Verified: server-side encryption is off unless DeliveryStreamEncryptionConfigurationInput is given; its KeyType default is AWS_OWNED_CMK (a finding). '
      + 'Decision: DeliveryStreamType KinesisStreamAsSource and MSKAsSource are not judged: Firehose does not store those records at rest (they stay in the '
      + 'source stream or cluster, judged by its own rules) and does not accept SSE settings for them. DirectPut (the default), DatabaseAsSource and a type '
      + 'that cannot be resolved must configure the customer-managed key.',
  }),
];
