import type { TemplateResource } from '../../template/template';
import { mustUseCustomerManagedKey, perVariant } from '../check';
import { SERVERLESS } from './notes';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  severity: 'warning',
  resourceTypes: ['AWS::MSK::Cluster'],
  title: 'Broker data volumes are encrypted with a customer-managed KMS key: EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId names it.',
  rationale: 'With the AWS-managed aws/kafka key the customer cannot restrict, audit separately or revoke decryption of the topics holding health data.',
  fix: 'Set EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId to a customer-managed key (CDK: CfnCluster encryptionInfo.encryptionAtRest.dataVolumeKmsKeyId: key.keyArn).',
  notes: 'Verified: MSK always encrypts data volumes; without EncryptionAtRest it uses the AWS-managed key alias/aws/kafka (MSK developer guide, encryption at rest). Decision: a warning, not an error: the data is encrypted either way and only key control is at stake. ' + SERVERLESS,
  evaluate,
});

/** Broker data volumes are encrypted with a customer-managed KMS key: `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId`. */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    mustUseCustomerManagedKey(cluster.template, props, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'));
}
