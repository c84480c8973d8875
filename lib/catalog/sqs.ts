import { entry } from './entry';
import type { CatalogEntry } from './types';

export const sqs: CatalogEntry[] = [
  entry({
    name: 'SqsQueueCustomerKeyEncrypted',
    category: 'E',
    service: 'sqs',
    resourceTypes: ['AWS::SQS::Queue'],
    title: 'The queue encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId).',
    rationale: 'Messages about patients wait in the queue on AWS storage; only a customer-managed key lets the data owner control, audit and revoke who can decrypt them.',
    fix: 'Set KmsMasterKeyId to a customer-managed KMS key (CDK: encryption: QueueEncryption.KMS with encryptionMasterKey: a kms.Key).',
    notes: 'Verified: new queues default to SSE-SQS (SqsManagedSseEnabled, an SQS-owned key) since 2022; SqsManagedSseEnabled false without KmsMasterKeyId stores messages unencrypted. '
      + 'SSE-SQS and alias/aws/sqs (the AWS-managed key) are findings: the customer cannot control or revoke them.',
  }),
];
