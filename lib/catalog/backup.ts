import { entry } from './entry';
import type { CatalogEntry } from './types';

export const backup: CatalogEntry[] = [
  entry({
    name: 'BackupVaultCustomerKeyEncrypted',
    category: 'E',
    service: 'backup',
    resourceTypes: ['AWS::Backup::BackupVault', 'AWS::Backup::LogicallyAirGappedBackupVault'],
    title: 'The backup vault encrypts recovery points with a customer-managed KMS key (EncryptionKeyArn).',
    rationale: 'A backup vault holds full copies of health-data stores; a customer-managed key keeps decryption of every copy under the data owner\'s control.',
    fix: 'Set EncryptionKeyArn to the ARN of a customer-managed KMS key (CDK: encryptionKey: a kms.Key).',
    notes: 'Verified: without EncryptionKeyArn, AWS Backup uses a KMS key it creates by default (aws/backup); that key is not customer-controlled, so absence is a finding. '
      + 'EncryptionKeyArn must be a key ARN (not an alias) for the deployment to succeed. A logically air-gapped vault without EncryptionKeyArn uses an AWS-owned key (verified in the CloudFormation reference): also a finding.',
  }),
  entry({
    name: 'BackupVaultAccessPolicyNotPublic',
    category: 'P',
    service: 'backup',
    resourceTypes: ['AWS::Backup::BackupVault', 'AWS::Backup::LogicallyAirGappedBackupVault'],
    title: 'No Allow statement of the vault AccessPolicy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
    rationale: 'A vault open to "*" lets anyone copy out, restore or delete the recovery points that hold full copies of health data.',
    fix: 'Grant to specific accounts or roles, or keep "*" only with a condition on aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists); the usual public statement is a Deny of backup:DeleteRecoveryPoint, which is fine (CDK: accessPolicy with specific principals, or blockRecoveryPointDeletion).',
    notes: 'An absent AccessPolicy grants nothing beyond IAM. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  }),
];
