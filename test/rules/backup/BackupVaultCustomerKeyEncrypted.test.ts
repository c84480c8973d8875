import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describeRule, tpl } from '../../support/harness';

const vault = (props: Record<string, unknown>) => ({ Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'health', ...props } });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-BackupVaultCustomerKeyEncrypted', {
  pass: {
    'a key of this template (Fn::GetAtt Arn)': tpl({ Key: KEY, Vault: vault({ EncryptionKeyArn: { 'Fn::GetAtt': ['Key', 'Arn'] } }) }),
    'a logically air-gapped vault with a key of this template': tpl({
      Key: KEY, Vault: { Type: 'AWS::Backup::LogicallyAirGappedBackupVault', Properties: { BackupVaultName: 'airgap', MinRetentionDays: 7, MaxRetentionDays: 35, EncryptionKeyArn: { 'Fn::GetAtt': ['Key', 'Arn'] } } },
    }),
    'a customer key ARN': tpl({ Vault: vault({ EncryptionKeyArn: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
    'the shape CDK writes for encryptionKey: a kms.Key': cdk((s) => {
      new backup.BackupVault(s, 'Vault', { encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'key absent: the default AWS Backup key, which the data owner cannot control': tpl({ Vault: vault({}) }),
    'a logically air-gapped vault with EncryptionKeyArn absent: an AWS-owned key': tpl({
      Vault: { Type: 'AWS::Backup::LogicallyAirGappedBackupVault', Properties: { BackupVaultName: 'airgap', MinRetentionDays: 7, MaxRetentionDays: 35 } },
    }),
    'the AWS-managed alias ARN aws/backup': tpl({ Vault: vault({ EncryptionKeyArn: 'arn:aws:kms:us-west-2:111122223333:alias/aws/backup' }) }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Vault: vault({ EncryptionKeyArn: { Ref: 'VaultKey' } }) },
      { Parameters: { VaultKey: { Type: 'String' } } },
    ),
    'the key imported from another stack': tpl({ Vault: vault({ EncryptionKeyArn: { 'Fn::ImportValue': 'Shared-VaultKey' } }) }),
    'Fn::If that drops the key in one branch': tpl(
      { Key: KEY, Vault: vault({ EncryptionKeyArn: { 'Fn::If': ['Encrypt', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Encrypt: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no encryptionKey)': cdk((s) => {
      new backup.BackupVault(s, 'Vault');
    }),
  },
});
