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
    notes: 'CloudFormation AWS::Neptune::DBCluster StorageEncrypted is false unless set, so absence is a finding. Neptune has no public-endpoint option, so no P rule exists for it.',
  }),
];
