import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { absent, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::ECR::Repository'],
  title: 'The repository encrypts images with a customer-managed KMS key (EncryptionConfiguration EncryptionType KMS or KMS_DSSE with KmsKey).',
  rationale: 'Images can embed configuration, reference data or model weights derived from health data; a customer-managed key keeps their decryption under the data owner\'s control.',
  fix: 'Set EncryptionConfiguration to { EncryptionType: KMS, KmsKey: <customer-managed key> } (CDK: encryption: RepositoryEncryption.KMS with encryptionKey: a kms.Key).',
  severity: 'warning',
  notes: 'Verified: without EncryptionConfiguration (or with AES256) ECR encrypts images with S3-managed keys; KMS without KmsKey uses the AWS-managed aws/ecr key. '
    + 'Decision: severity warning, because images are always encrypted at rest and rarely hold patient records themselves; the finding is about key control. '
    + 'The encryption configuration cannot be changed after creation.',
  evaluate,
});

/**
 * The repository encrypts images with a customer-managed KMS key: EncryptionConfiguration
 * EncryptionType KMS (or KMS_DSSE) and KmsKey a customer-managed key. Without KmsKey,
 * ECR uses the AWS-managed key aws/ecr.
 */
function evaluate(repository: TemplateResource): RuleFinding[] {
  return perVariant(repository, (props) => {
    if (get(props, 'EncryptionConfiguration') === undefined) {
      return { path: 'Properties.EncryptionConfiguration', problem: 'must encrypt with a customer-managed KMS key', found: absent('AES256 with an ECR-managed key') };
    }
    return mustBeOneOf(props, 'EncryptionConfiguration.EncryptionType', ['KMS', 'KMS_DSSE'], { ignoreCase: false, defaultText: 'AES256' })
      ?? mustUseCustomerManagedKey(repository.template, props, 'EncryptionConfiguration.KmsKey');
  });
}
