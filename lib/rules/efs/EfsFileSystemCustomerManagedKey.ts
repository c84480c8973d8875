import type { TemplateResource } from '../../template/template';
import { mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::EFS::FileSystem'],
  title: 'The EFS file system is encrypted with a customer-managed KMS key named in KmsKeyId.',
  rationale: 'With the AWS-managed key aws/elasticfilesystem, the key policy cannot be narrowed, access to the key cannot be revoked separately from EFS permissions, and the data cannot be crypto-shredded; health data needs a key the owner controls.',
  fix: 'Set KmsKeyId to a customer-managed key (Ref/GetAtt of an AWS::KMS::Key, a key ARN or a non-aws/ alias) together with Encrypted: true (CDK: kmsKey: new kms.Key(...)).',
  notes: 'Verified: when Encrypted is true and KmsKeyId is omitted, EFS uses the AWS-managed key /aws/elasticfilesystem. Kept apart from EfsFileSystemEncrypted because the fix differs (a key versus encryption at all); an unencrypted file system without a key fails both. A key given by a parameter without AllowedValues or an import cannot be proven customer-managed and is a finding.',
  evaluate,
});

/** The file system is encrypted with a customer-managed KMS key: `KmsKeyId` names one (absent = aws/elasticfilesystem). */
function evaluate(fileSystem: TemplateResource): RuleFinding[] {
  return perVariant(fileSystem, (props) => mustUseCustomerManagedKey(fileSystem.template, props, 'KmsKeyId'));
}
