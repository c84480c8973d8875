import type { TemplateResource } from '../../template/template';
import { defineRule, type RuleFinding } from '../rule';
import { customerKeyFindings } from '../customer-key';

export default defineRule({
  category: 'E',
  severity: 'warning',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  title: 'An encrypted DB instance or cluster uses a customer-managed KMS key named in KmsKeyId.',
  rationale: 'With the AWS-managed key aws/rds the key policy cannot be narrowed and access to the data cannot be revoked or crypto-shredded separately from RDS permissions.',
  fix: 'Set KmsKeyId to a customer-managed key (Ref/GetAtt of an AWS::KMS::Key, a key ARN or a non-aws/ alias) with StorageEncrypted: true (CDK: storageEncryptionKey: new kms.Key(...)).',
  notes: 'Verified: with StorageEncrypted true and no KmsKeyId, RDS uses the AWS-managed key aws/rds. Cluster members (DBClusterIdentifier) use the cluster key and are skipped. Severity warning: the issue asks for encryption at rest (the E rules, errors); a customer-managed key is the stronger control for health data (key policy, revocation, crypto-shredding). Judged only where encryption is proven (StorageEncrypted/Encrypted true): an unencrypted resource is reported once, by the encryption rule, whose fix names the key. A key from a parameter without AllowedValues or an import cannot be proven customer-managed and is a finding.',
  evaluate,
});

/**
 * An encrypted DB instance or cluster uses a customer-managed KMS key: `KmsKeyId`
 * names one (absent = the AWS-managed aws/rds key). Cluster members use the
 * cluster's key and are skipped.
 */
function evaluate(db: TemplateResource): RuleFinding[] {
  if (db.type === 'AWS::RDS::DBInstance' && db.rawProperties.DBClusterIdentifier !== undefined) return [];
  return customerKeyFindings(db, 'StorageEncrypted');
}
