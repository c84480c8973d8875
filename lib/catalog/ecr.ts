import { entry } from './entry';
import type { CatalogEntry } from './types';

export const ecr: CatalogEntry[] = [
  entry({
    name: 'EcrRepositoryCustomerKeyEncrypted',
    category: 'E',
    service: 'ecr',
    resourceTypes: ['AWS::ECR::Repository'],
    title: 'The repository encrypts images with a customer-managed KMS key (EncryptionConfiguration EncryptionType KMS or KMS_DSSE with KmsKey).',
    rationale: 'Images can embed configuration, reference data or model weights derived from health data; a customer-managed key keeps their decryption under the data owner\'s control.',
    fix: 'Set EncryptionConfiguration to { EncryptionType: KMS, KmsKey: <customer-managed key> } (CDK: encryption: RepositoryEncryption.KMS with encryptionKey: a kms.Key).',
    severity: 'warning',
    notes: 'Verified: without EncryptionConfiguration (or with AES256) ECR encrypts images with S3-managed keys; KMS without KmsKey uses the AWS-managed aws/ecr key. '
      + 'Decision: severity warning, because images are always encrypted at rest and rarely hold patient records themselves; the finding is about key control. '
      + 'The encryption configuration cannot be changed after creation.',
  }),
];
