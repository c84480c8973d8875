import { entry } from './entry';
import type { CatalogEntry } from './types';

export const neptune: CatalogEntry[] = [
  entry({
    name: 'NeptuneClusterStorageEncrypted',
    category: 'E',
    service: 'neptune',
    resourceTypes: ['AWS::Neptune::DBCluster'],
    title: 'The Neptune cluster encrypts its storage: StorageEncrypted is true.',
    rationale: 'An unencrypted graph store keeps relationships between patients, providers and records readable on storage media and in snapshots; encryption can only be chosen at creation.',
    fix: 'Set StorageEncrypted to true, with KmsKeyId for a customer-managed key (CDK neptune-alpha: DatabaseCluster storageEncrypted: true, its default, or kmsKey).',
    notes: 'CloudFormation AWS::Neptune::DBCluster StorageEncrypted is false unless set, so absence is a finding.',
  }),
  entry({
    name: 'NeptuneInstanceNotPublic',
    category: 'P',
    service: 'neptune',
    resourceTypes: ['AWS::Neptune::DBInstance'],
    title: 'The Neptune DB instance has no public endpoint: PubliclyAccessible is not true.',
    rationale: 'A public endpoint lets the graph of patients, providers and records be reached from the internet, with only IAM authentication and a security group in front of it.',
    fix: 'Set PubliclyAccessible to false or leave it out (CDK: CfnDBInstance publiclyAccessible: false).',
    notes: 'Verified (Neptune user guide, Public endpoints): public endpoints exist from engine 1.4.6.x, are set per instance, and new Neptune databases are created with them disabled, so absence is compliant; true, a parameter without safe AllowedValues, an import or an Fn::If branch with true is a finding.',
  }),
  entry({
    name: 'NeptuneClusterCustomerKeyEncrypted',
    category: 'E',
    severity: 'warning',
    service: 'neptune',
    resourceTypes: ['AWS::Neptune::DBCluster'],
    title: 'An encrypted Neptune cluster uses a customer-managed KMS key named in KmsKeyId.',
    rationale: 'With the AWS-managed key aws/rds the key policy cannot be narrowed and access cannot be revoked or crypto-shredded separately from Neptune permissions.',
    fix: 'Set KmsKeyId to a customer-managed key with StorageEncrypted: true.',
    notes: 'With StorageEncrypted true and no KmsKeyId, Neptune uses the AWS-managed key aws/rds. Severity warning: the issue asks for encryption at rest (the E rules, errors); a customer-managed key is the stronger control for health data (key policy, revocation, crypto-shredding). Judged only where encryption is proven (StorageEncrypted/Encrypted true): an unencrypted resource is reported once, by the encryption rule, whose fix names the key. A key from a parameter without AllowedValues or an import cannot be proven customer-managed and is a finding.',
  }),
];
