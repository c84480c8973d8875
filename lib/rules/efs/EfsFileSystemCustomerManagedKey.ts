import type { Resource } from '../../template/template';
import { mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The file system is encrypted with a customer-managed KMS key: `KmsKeyId` names one (absent = aws/elasticfilesystem). */
export default function EfsFileSystemCustomerManagedKey(fileSystem: Resource): RuleFinding[] {
  return perVariant(fileSystem, (props) => mustUseCustomerManagedKey(fileSystem.template, props, 'KmsKeyId'));
}
