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
];
