import type { Resource } from '../../template/template';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { storageEncryptionFinding } from './storage-encryption';

/**
 * The DB instance's storage is encrypted: `StorageEncrypted` is true (the default
 * is false), or, for a read replica of an instance of this template, the source is.
 * Instances of an Aurora or Multi-AZ DB cluster use the cluster's storage and are
 * judged by RdsClusterStorageEncrypted.
 */
export default function RdsInstanceStorageEncrypted(db: Resource): RuleFinding[] {
  return perVariant(db, (props) => {
    if (props.DBClusterIdentifier !== undefined) return undefined;
    return storageEncryptionFinding(db, props, {
      sourceProps: ['SourceDBInstanceIdentifier'],
      sourceTypes: ['AWS::RDS::DBInstance'],
      snapshotProps: ['DBSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn'],
    });
  });
}
