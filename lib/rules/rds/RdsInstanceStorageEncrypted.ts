import type { TemplateResource } from '../../template/template';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { storageEncryptionFinding } from './storage-encryption';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::RDS::DBInstance'],
  title: 'The DB instance encrypts its storage: StorageEncrypted is true (or a read replica\'s source instance in this template does).',
  rationale: 'Unencrypted storage leaves the database files, automated backups, snapshots and read replicas readable outside the database; encryption can only be chosen at creation.',
  fix: 'Set StorageEncrypted to true, with KmsKeyId for a customer-managed key (CDK: storageEncrypted: true or storageEncryptionKey). An existing instance must be restored from an encrypted snapshot copy.',
  notes: 'Verified: StorageEncrypted defaults to false for RDS DB instances; CDK\'s DatabaseInstance writes it only when storageEncrypted or storageEncryptionKey is given, so a bare CDK instance fails. Instances of an Aurora or Multi-AZ DB cluster (DBClusterIdentifier) use the cluster volume and are judged by RdsClusterStorageEncrypted. A read replica (SourceDBInstanceIdentifier) or restore (DBSnapshotIdentifier) inherits encryption: when StorageEncrypted is absent the source is followed if it is an instance of this template, otherwise the encryption cannot be proven and it is a finding.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard follows SourceDBInstanceIdentifier one level: the source (AWS::RDS::DBInstance of this template, by Ref or Fn::GetAtt) must state StorageEncrypted true itself; a source that only inherits encryption from its own source fails in Guard, since Guard rules cannot recurse along a chain.',
  },
  evaluate,
});

/**
 * The DB instance's storage is encrypted: `StorageEncrypted` is true (the default
 * is false), or, for a read replica of an instance of this template, the source is.
 * Instances of an Aurora or Multi-AZ DB cluster use the cluster's storage and are
 * judged by RdsClusterStorageEncrypted.
 */
function evaluate(db: TemplateResource): RuleFinding[] {
  return perVariant(db, (props) => {
    if (props.DBClusterIdentifier !== undefined) return undefined;
    return storageEncryptionFinding(db, props, {
      sourceProps: ['SourceDBInstanceIdentifier'],
      sourceTypes: ['AWS::RDS::DBInstance'],
      snapshotProps: ['DBSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn'],
    });
  });
}
