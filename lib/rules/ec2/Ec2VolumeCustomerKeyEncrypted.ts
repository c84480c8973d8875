import type { TemplateResource } from '../../template/template';
import { mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::EC2::Volume'],
  title: 'The EBS volume is encrypted with a customer-managed KMS key (KmsKeyId names one).',
  rationale: 'With the AWS-managed key aws/ebs, the key policy cannot be narrowed, access cannot be revoked separately from EC2 permissions, and the data cannot be crypto-shredded; health data needs a key the owner controls.',
  fix: 'Set KmsKeyId to a customer-managed AWS::KMS::Key (CDK: ec2.Volume encrypted: true, encryptionKey: key).',
  notes: 'Verified: with Encrypted true and no KmsKeyId, EBS uses the account default key, the AWS-managed aws/ebs unless the account changed it (not visible in the template). Kept apart from Ec2VolumeEncrypted because the fix differs. A key from a parameter without AllowedValues or an import cannot be proven customer-managed. Launch configurations cannot name a key per volume, so instance and launch-configuration mappings are judged for encryption only.',
  evaluate,
});

/** An EBS volume is encrypted with a customer-managed KMS key (KmsKeyId names one). */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => mustUseCustomerManagedKey(r.template, props, 'KmsKeyId'));
}
