import { entry } from './entry';
import type { CatalogEntry } from './types';

export const ecr: CatalogEntry[] = [
  entry({
    name: 'EcrRepositoryCustomerKeyEncrypted',
    category: 'E',
    service: 'ecr',
    resourceTypes: ['AWS::ECR::Repository'],
    title: 'The repository encrypts images with a customer-managed KMS key (EncryptionConfiguration EncryptionType KMS or KMS_DSSE with KmsKey).',
    rationale: 'Images can embed configuration, reference data or model weights derived from health data; a customer-managed key keeps their decryption under the data owner\'s control.',
    fix: 'Set EncryptionConfiguration to { EncryptionType: KMS, KmsKey: <customer-managed key> } (CDK: encryption: RepositoryEncryption.KMS with encryptionKey: a kms.Key).',
    severity: 'warning',
    notes: 'Verified: without EncryptionConfiguration (or with AES256) ECR encrypts images with S3-managed keys; KMS without KmsKey uses the AWS-managed aws/ecr key. '
      + 'Decision: severity warning, because images are always encrypted at rest and rarely hold patient records themselves; the finding is about key control. '
      + 'The encryption configuration cannot be changed after creation.',
  }),
  entry({
    name: 'EcrRepositoryPolicyNotPublic',
    category: 'P',
    service: 'ecr',
    resourceTypes: ['AWS::ECR::Repository'],
    title: 'No Allow statement of the repository policy (RepositoryPolicyText) grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
    rationale: 'A repository open to "*" lets anyone pull the images (and whatever configuration or data is baked into them) or push tampered ones.',
    fix: 'Grant to specific accounts or roles, or keep "*" only with a condition on aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists) (CDK: repository.grantPull(principal) instead of addToResourcePolicy with AnyPrincipal).',
    notes: 'An absent RepositoryPolicyText grants nothing beyond IAM. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  }),
];
