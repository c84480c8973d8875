import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { customerKeyFindings } from '../rds/customer-key';

/** An encrypted Redshift cluster uses a customer-managed KMS key: `KmsKeyId` names one (absent = the AWS-managed key). */
export default function RedshiftClusterCustomerKeyEncrypted(cluster: Resource): RuleFinding[] {
  return customerKeyFindings(cluster, 'Encrypted');
}
