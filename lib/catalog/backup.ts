import { entry } from './entry';
import type { CatalogEntry } from './types';

export const backup: CatalogEntry[] = [
  entry({
    name: 'BackupVaultCustomerKeyEncrypted',
    category: 'E',
    service: 'backup',
    resourceTypes: ['AWS::Backup::BackupVault'],
    title: 'The backup vault encrypts recovery points with a customer-managed KMS key (EncryptionKeyArn).',
    rationale: 'A backup vault holds full copies of health-data stores; a customer-managed key keeps decryption of every copy under the data owner\'s control.',
    fix: 'Set EncryptionKeyArn to the ARN of a customer-managed KMS key (CDK: encryptionKey: a kms.Key).',
    notes: 'Verified: without EncryptionKeyArn, AWS Backup uses a KMS key it creates by default (aws/backup); that key is not customer-controlled, so absence is a finding. '
      + 'EncryptionKeyArn must be a key ARN (not an alias) for the deployment to succeed.',
  }),
];
