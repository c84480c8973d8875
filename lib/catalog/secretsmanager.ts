import { entry } from './entry';
import type { CatalogEntry } from './types';

export const secretsmanager: CatalogEntry[] = [
  entry({
    name: 'SecretsManagerSecretCustomerKeyEncrypted',
    category: 'E',
    service: 'secretsmanager',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    title: 'The secret, and every replica of it (ReplicaRegions), is encrypted with a customer-managed KMS key (KmsKeyId).',
    rationale: 'Secrets open the stores that hold health data; a customer-managed key lets the data owner restrict and audit decryption and share the secret across accounts safely.',
    fix: 'Set KmsKeyId, and KmsKeyId of each ReplicaRegions entry, to a customer-managed KMS key (CDK: encryptionKey: a kms.Key, replicaRegions: [{ region, encryptionKey }]).',
    notes: 'Verified: without KmsKeyId, Secrets Manager uses the AWS-managed key aws/secretsmanager (a finding, as is alias/aws/secretsmanager written out); '
      + 'that key cannot be used for cross-account secrets. A replica without KmsKeyId uses aws/secretsmanager of its region, so each replica is judged too.',
  }),
  entry({
    name: 'SecretsManagerResourcePolicyNotPublic',
    category: 'P',
    service: 'secretsmanager',
    resourceTypes: ['AWS::SecretsManager::ResourcePolicy'],
    title: 'No Allow statement of the secret\'s resource policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
    rationale: 'A secret open to "*" hands the credentials of a health-data store to anyone who asks.',
    fix: 'Grant to specific roles or accounts, or keep "*" only with a condition on aws:PrincipalOrgID, aws:PrincipalAccount or aws:SourceVpce (StringEquals, no IfExists); set BlockPublicPolicy true (CDK: secret.grantRead(role) instead of addToResourcePolicy with AnyPrincipal).',
    notes: 'Decision: judged on the AWS::SecretsManager::ResourcePolicy resource itself (the only place a secret policy is written), also for a secret outside the template. '
      + 'Verified: the current API reference says public policies are not blocked unless BlockPublicPolicy is true (older CloudFormation docs said the opposite); either way it only rejects policies at deploy time, so the template is judged on its own. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  }),
];
