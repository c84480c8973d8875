import { entry } from './entry';
import type { CatalogEntry } from './types';

export const secretsmanager: CatalogEntry[] = [
  entry({
    name: 'SecretsManagerSecretCustomerKeyEncrypted',
    category: 'E',
    service: 'secretsmanager',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    title: 'The secret is encrypted with a customer-managed KMS key (KmsKeyId).',
    rationale: 'Secrets open the stores that hold health data; a customer-managed key lets the data owner restrict and audit decryption and share the secret across accounts safely.',
    fix: 'Set KmsKeyId to a customer-managed KMS key (CDK: encryptionKey: a kms.Key).',
    notes: 'Verified: without KmsKeyId, Secrets Manager uses the AWS-managed key aws/secretsmanager (a finding, as is alias/aws/secretsmanager written out); '
      + 'that key cannot be used for cross-account secrets.',
  }),
];
