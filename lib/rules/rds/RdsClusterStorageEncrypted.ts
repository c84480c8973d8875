import type { TemplateResource } from '../../template/template';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { storageEncryptionFinding } from './storage-encryption';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::RDS::DBCluster'],
  title: 'The DB cluster encrypts its storage: StorageEncrypted is true (or a clone\'s source cluster in this template does).',
  rationale: 'An unencrypted cluster volume leaves the database, its backups and snapshots readable outside the database; encryption can only be chosen at creation.',
  fix: 'Set StorageEncrypted to true, with KmsKeyId for a customer-managed key (CDK: DatabaseCluster storageEncrypted: true or storageEncryptionKey).',
  notes: 'StorageEncrypted defaults to false for provisioned Aurora and Multi-AZ clusters. Decision: Aurora Serverless v1 (EngineMode serverless) clusters and clusters restored from a snapshot (SnapshotIdentifier) are also required to state StorageEncrypted: true, since the template alone does not prove their encryption (a snapshot\'s encryption is not visible). A clone or point-in-time restore (SourceDBClusterIdentifier) inherits encryption: the source is followed when it is a cluster of this template, otherwise it is a finding.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard follows SourceDBClusterIdentifier one level: the source (AWS::RDS::DBCluster of this template, by Ref or Fn::GetAtt) must state StorageEncrypted true itself; a source that only inherits encryption from its own source fails in Guard, since Guard rules cannot recurse along a chain.',
  },
  evaluate,
});

/**
 * The DB cluster's storage is encrypted: `StorageEncrypted` is true (the default
 * is false), or, for a clone or point-in-time restore of a cluster of this
 * template, the source is.
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    storageEncryptionFinding(cluster, props, {
      sourceProps: ['SourceDBClusterIdentifier'],
      sourceTypes: ['AWS::RDS::DBCluster'],
      snapshotProps: ['SnapshotIdentifier'],
    }),
  );
}
