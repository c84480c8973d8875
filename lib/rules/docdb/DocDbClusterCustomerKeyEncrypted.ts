import type { TemplateResource } from '../../template/template';
import { defineRule, type RuleFinding } from '../rule';
import { customerKeyFindings } from '../customer-key';

export default defineRule({
  category: 'E',
  severity: 'warning',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  title: 'An encrypted DocumentDB cluster uses a customer-managed KMS key named in KmsKeyId.',
  rationale: 'With the AWS-managed key aws/rds the key policy cannot be narrowed and access cannot be revoked or crypto-shredded separately from DocumentDB permissions.',
  fix: 'Set KmsKeyId to a customer-managed key with StorageEncrypted: true (CDK: DatabaseCluster kmsKey).',
  notes: 'With StorageEncrypted true and no KmsKeyId, DocumentDB uses the AWS-managed key aws/rds. Severity warning: the issue asks for encryption at rest (the E rules, errors); a customer-managed key is the stronger control for health data (key policy, revocation, crypto-shredding). Judged only where encryption is proven (StorageEncrypted/Encrypted true): an unencrypted resource is reported once, by the encryption rule, whose fix names the key. A key from a parameter without AllowedValues or an import cannot be proven customer-managed and is a finding.',
  evaluate,
});

/** An encrypted DocumentDB cluster uses a customer-managed KMS key: `KmsKeyId` names one (absent = aws/rds). */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return customerKeyFindings(cluster, 'StorageEncrypted');
}
