import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { customerKeyFindings } from '../rds/customer-key';

/** An encrypted Neptune cluster uses a customer-managed KMS key: `KmsKeyId` names one (absent = aws/rds). */
export default function NeptuneClusterCustomerKeyEncrypted(cluster: Resource): RuleFinding[] {
  return customerKeyFindings(cluster, 'StorageEncrypted');
}
