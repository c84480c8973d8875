import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { customerKeyFindings } from './customer-key';

/**
 * An encrypted DB instance or cluster uses a customer-managed KMS key: `KmsKeyId`
 * names one (absent = the AWS-managed aws/rds key). Cluster members use the
 * cluster's key and are skipped.
 */
export default function RdsStorageCustomerKeyEncrypted(db: Resource): RuleFinding[] {
  if (db.type === 'AWS::RDS::DBInstance' && db.rawProperties.DBClusterIdentifier !== undefined) return [];
  return customerKeyFindings(db, 'StorageEncrypted');
}
