import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::Backup::BackupVault', 'AWS::Backup::LogicallyAirGappedBackupVault'],
  title: 'The backup vault encrypts recovery points with a customer-managed KMS key (EncryptionKeyArn).',
  rationale: 'A backup vault holds full copies of health-data stores; a customer-managed key keeps decryption of every copy under the data owner\'s control.',
  fix: 'Set EncryptionKeyArn to the ARN of a customer-managed KMS key (CDK: encryptionKey: a kms.Key).',
  notes: 'Verified: without EncryptionKeyArn, AWS Backup uses a KMS key it creates by default (aws/backup); that key is not customer-controlled, so absence is a finding. '
    + 'EncryptionKeyArn must be a key ARN (not an alias) for the deployment to succeed. A logically air-gapped vault without EncryptionKeyArn uses an AWS-owned key (verified in the CloudFormation reference): also a finding.',
  evaluate,
});

/** The backup vault encrypts recovery points with a customer-managed KMS key (EncryptionKeyArn). */
function evaluate(vault: TemplateResource): RuleFinding[] {
  return perVariant(vault, (props) => {
    if (get(props, 'EncryptionKeyArn') === undefined) {
      return { path: at('EncryptionKeyArn'), problem: 'must name a customer-managed KMS key', found: absent('a key AWS Backup chooses (aws/backup), which the customer cannot control or revoke') };
    }
    return mustUseCustomerManagedKey(vault.template, props, 'EncryptionKeyArn');
  });
}
