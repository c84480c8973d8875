import type { Resource } from '../../template/template';
import { mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** An EBS volume is encrypted with a customer-managed KMS key (KmsKeyId names one). */
export default function Ec2VolumeCustomerKeyEncrypted(r: Resource): RuleFinding[] {
  return perVariant(r, (props) => mustUseCustomerManagedKey(r.template, props, 'KmsKeyId'));
}
