import { entry } from './entry';
import type { CatalogEntry } from './types';

export const logs: CatalogEntry[] = [
  entry({
    name: 'LogGroupCustomerKeyEncrypted',
    category: 'E',
    service: 'logs',
    resourceTypes: ['AWS::Logs::LogGroup'],
    title: 'The log group encrypts log events with a customer-managed KMS key (KmsKeyId).',
    rationale: 'Application logs routinely capture identifiers and clinical payloads; a customer-managed key lets the data owner restrict, audit and revoke who can read them.',
    fix: 'Set KmsKeyId to the ARN of a customer-managed KMS key whose policy allows the logs service principal (CDK: encryptionKey: a kms.Key).',
    notes: 'Verified: log group data is always encrypted by CloudWatch Logs (AES-256-GCM with a service key) when KmsKeyId is absent, so absence is a '
      + 'finding only under the stricter reading that health data needs a key the customer controls.',
  }),
];
