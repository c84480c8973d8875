import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown } from '../../template/values';
import { at, mustBe, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  title: 'The table is encrypted with a customer-managed KMS key: SSESpecification.SSEEnabled is true and KMSMasterKeyId (per replica for a global table) names a customer-managed key.',
  rationale: 'With the AWS-owned or AWS-managed key the customer cannot restrict, audit or revoke decryption of the health records; a customer-managed key puts access under the key policy and in CloudTrail.',
  fix: 'Set SSESpecification { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <your key> }; for a global table, SSESpecification { SSEEnabled: true, SSEType: KMS } and Replicas[].SSESpecification.KMSMasterKeyId (CDK: Table encryption: TableEncryption.CUSTOMER_MANAGED with encryptionKey; TableV2 encryption: TableEncryptionV2.customerManagedKey(key)).',
  notes: 'Verified: DynamoDB always encrypts at rest; SSEEnabled false or absent means an AWS-owned key, SSEEnabled true without KMSMasterKeyId means the AWS-managed alias/aws/dynamodb (CloudFormation reference). Both are flagged because the issue asks for a customer-managed key (the corpus labels this tier "adjacent"). SSEType, when present, must be KMS (its only value). A key is proven customer-managed when it is a KMS key/alias of the template, a key ARN or an alias outside alias/aws/.',
  evaluate,
});

/**
 * The table is encrypted with a customer-managed KMS key: `SSESpecification.SSEEnabled`
 * true (KMS) and the key named by `KMSMasterKeyId` is the customer's, not the
 * AWS-owned default or the AWS-managed `alias/aws/dynamodb`. A global table names
 * the key per replica (`Replicas[].SSESpecification.KMSMasterKeyId`).
 */
function evaluate(table: TemplateResource): RuleFinding[] {
  return perVariant(table, (props) => {
    const enabled = mustBe(props, 'SSESpecification.SSEEnabled', true, { defaultText: 'false: an AWS-owned key' });
    if (enabled) return enabled;
    const type = mustBeOneOf(props, 'SSESpecification.SSEType', ['KMS'], { absentSecure: true });
    if (type) return type;
    if (table.type !== 'AWS::DynamoDB::GlobalTable') {
      return mustUseCustomerManagedKey(table.template, props, 'SSESpecification.KMSMasterKeyId');
    }
    const replicas = get(props, 'Replicas');
    if (isUnknown(replicas) || !Array.isArray(replicas) || replicas.length === 0) {
      return { path: at('Replicas'), problem: 'must list the replicas, each with a customer-managed KMS key', found: describe(replicas) };
    }
    return asArray(replicas).map((replica, i) => {
      if (!isObject(replica)) {
        return { path: at(`Replicas.${i}`), problem: 'must provably name a customer-managed KMS key', found: describe(replica) };
      }
      const f = mustUseCustomerManagedKey(table.template, replica, 'SSESpecification.KMSMasterKeyId');
      return f && { ...f, path: at(`Replicas.${i}.SSESpecification.KMSMasterKeyId`) };
    });
  });
}
