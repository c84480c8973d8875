import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { absent, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The repository encrypts images with a customer-managed KMS key: EncryptionConfiguration
 * EncryptionType KMS (or KMS_DSSE) and KmsKey a customer-managed key. Without KmsKey,
 * ECR uses the AWS-managed key aws/ecr.
 */
export default function EcrRepositoryCustomerKeyEncrypted(repository: Resource): RuleFinding[] {
  return perVariant(repository, (props) => {
    if (get(props, 'EncryptionConfiguration') === undefined) {
      return { path: 'Properties.EncryptionConfiguration', problem: 'must encrypt with a customer-managed KMS key', found: absent('AES256 with an ECR-managed key') };
    }
    return mustBeOneOf(props, 'EncryptionConfiguration.EncryptionType', ['KMS', 'KMS_DSSE'], { ignoreCase: false, defaultText: 'AES256' })
      ?? mustUseCustomerManagedKey(repository.template, props, 'EncryptionConfiguration.KmsKey');
  });
}
