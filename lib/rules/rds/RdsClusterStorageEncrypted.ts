import type { Resource } from '../../template/template';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { storageEncryptionFinding } from './storage-encryption';

/**
 * The DB cluster's storage is encrypted: `StorageEncrypted` is true (the default
 * is false), or, for a clone or point-in-time restore of a cluster of this
 * template, the source is.
 */
export default function RdsClusterStorageEncrypted(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    storageEncryptionFinding(cluster, props, {
      sourceProps: ['SourceDBClusterIdentifier'],
      sourceTypes: ['AWS::RDS::DBCluster'],
      snapshotProps: ['SnapshotIdentifier'],
    }),
  );
}
