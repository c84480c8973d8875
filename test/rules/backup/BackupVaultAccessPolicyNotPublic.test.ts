import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describeRule, tpl } from '../../support/harness';

const vault = (statements: unknown) => ({
  Type: 'AWS::Backup::BackupVault',
  Properties: { BackupVaultName: 'health', AccessPolicy: { Version: '2012-10-17', Statement: statements } },
});
const stmt = (effect: string, principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: effect, Principal: principal, Action: ['backup:CopyIntoBackupVault', 'backup:StartRestoreJob'], Resource: '*', ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-BackupVaultAccessPolicyNotPublic', {
  pass: {
    'AccessPolicy absent': tpl({ Vault: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'health' } } }),
    'a public Deny of recovery point deletion': tpl({ Vault: vault([stmt('Deny', { AWS: '*' }, { Action: 'backup:DeleteRecoveryPoint' })]) }),
    'copies allowed from the organisation only': tpl({ Vault: vault([stmt('Allow', '*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })]) }),
    'the shape CDK writes for blockRecoveryPointDeletion': cdk((s) => {
      new backup.BackupVault(s, 'Vault', { blockRecoveryPointDeletion: true });
    }),
  },
  fail: {
    'Principal "*" with no condition may restore recovery points': tpl({ Vault: vault([stmt('Allow', '*')]) }),
    'a logically air-gapped vault whose AccessPolicy allows {AWS: "*"}': tpl({
      Vault: { Type: 'AWS::Backup::LogicallyAirGappedBackupVault', Properties: { BackupVaultName: 'airgap', MinRetentionDays: 7, MaxRetentionDays: 35, AccessPolicy: { Statement: [stmt('Allow', { AWS: '*' })] } } },
    }),
    'Condition key absent: only aws:SourceIp': tpl({ Vault: vault([stmt('Allow', '*', { Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })]) }),
    'the principal from a parameter without AllowedValues (token)': tpl(
      { Vault: vault([stmt('Allow', { AWS: { Ref: 'Copier' } })]) },
      { Parameters: { Copier: { Type: 'String' } } },
    ),
    'the access policy imported from another stack': tpl({ Vault: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'health', AccessPolicy: { 'Fn::ImportValue': 'Shared-VaultPolicy' } } } }),
    'Fn::If that opens the vault in one branch': tpl(
      { Vault: vault([stmt('Allow', { 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for an accessPolicy with AnyPrincipal': cdk((s) => {
      new backup.BackupVault(s, 'Vault', {
        accessPolicy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['backup:StartRestoreJob'], principals: [new iam.AnyPrincipal()], resources: ['*'] })] }),
      });
    }),
  },
});
