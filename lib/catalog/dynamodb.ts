import { entry } from './entry';
import type { CatalogEntry } from './types';

export const dynamodb: CatalogEntry[] = [
  entry({
    name: 'DynamoDbTableCustomerKeyEncrypted',
    category: 'E',
    service: 'dynamodb',
    resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    title: 'The table is encrypted with a customer-managed KMS key: SSESpecification.SSEEnabled is true and KMSMasterKeyId (per replica for a global table) names a customer-managed key.',
    rationale: 'With the AWS-owned or AWS-managed key the customer cannot restrict, audit or revoke decryption of the health records; a customer-managed key puts access under the key policy and in CloudTrail.',
    fix: 'Set SSESpecification { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <your key> }; for a global table, SSESpecification { SSEEnabled: true, SSEType: KMS } and Replicas[].SSESpecification.KMSMasterKeyId (CDK: Table encryption: TableEncryption.CUSTOMER_MANAGED with encryptionKey; TableV2 encryption: TableEncryptionV2.customerManagedKey(key)).',
    notes: 'Verified: DynamoDB always encrypts at rest; SSEEnabled false or absent means an AWS-owned key, SSEEnabled true without KMSMasterKeyId means the AWS-managed alias/aws/dynamodb (CloudFormation reference). Both are flagged because the issue asks for a customer-managed key (the corpus labels this tier "adjacent"). SSEType, when present, must be KMS (its only value). A key is proven customer-managed when it is a KMS key/alias of the template, a key ARN or an alias outside alias/aws/.',
  }),
  entry({
    name: 'DynamoDbTablePolicyNotPublic',
    category: 'P',
    service: 'dynamodb',
    resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    title: 'No resource policy of the table or its stream grants access to anyone: every Allow for "*" carries a condition that pins the caller to an account, organisation, VPC endpoint or source resource.',
    rationale: 'A table resource policy allowing "*" lets any AWS account read or change the health records, bypassing the owner\'s IAM boundaries.',
    fix: 'Name specific principals in ResourcePolicy.PolicyDocument (and StreamSpecification.ResourcePolicy), or add a condition such as aws:PrincipalOrgID or aws:SourceVpce (CDK: Table resourcePolicy / TableV2 resourcePolicy).',
    notes: 'Judged with lib/template/policy.ts publicGrants: aws:SourceIp does not restrict; a condition value from a parameter is not proven concrete. Checks Table ResourcePolicy and StreamSpecification.ResourcePolicy, and for a global table every replica\'s ResourcePolicy and ReplicaStreamSpecification.ResourcePolicy. No resource policy means only IAM identities of the account (and grants made elsewhere) have access, which passes.',
  }),
];
