import type { Resource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown } from '../../template/values';
import { at, mustBe, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The table is encrypted with a customer-managed KMS key: `SSESpecification.SSEEnabled`
 * true (KMS) and the key named by `KMSMasterKeyId` is the customer's, not the
 * AWS-owned default or the AWS-managed `alias/aws/dynamodb`. A global table names
 * the key per replica (`Replicas[].SSESpecification.KMSMasterKeyId`).
 */
export default function DynamoDbTableCustomerKeyEncrypted(table: Resource): RuleFinding[] {
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
