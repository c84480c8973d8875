import type { Resource } from '../../template/template';
import { asArray, describe, get, isUnknown } from '../../template/values';
import { absent, at, customerManagedKeyProblem, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const DEFAULT_KEY = 'the AWS-managed key aws/secretsmanager, which the customer cannot control or revoke';

/**
 * The secret is encrypted with a customer-managed KMS key (KmsKeyId), and so is
 * every replica (ReplicaRegions[].KmsKeyId); aws/secretsmanager is AWS-managed.
 */
export default function SecretsManagerSecretCustomerKeyEncrypted(secret: Resource): RuleFinding[] {
  return perVariant(secret, (props) => {
    const out: Array<RuleFinding | undefined> = [];
    out.push(get(props, 'KmsKeyId') === undefined
      ? { path: at('KmsKeyId'), problem: 'must name a customer-managed KMS key', found: absent(DEFAULT_KEY) }
      : mustUseCustomerManagedKey(secret.template, props, 'KmsKeyId'));
    const replicas = get(props, 'ReplicaRegions');
    if (isUnknown(replicas)) {
      out.push({ path: at('ReplicaRegions'), problem: 'must give every replica a customer-managed KMS key, which cannot be proven', found: describe(replicas) });
      return out;
    }
    asArray(replicas).forEach((replica, i) => {
      const path = at(`ReplicaRegions[${i}].KmsKeyId`);
      const key = get(replica, 'KmsKeyId');
      if (key === undefined && !isUnknown(replica)) {
        out.push({ path, problem: 'must name a customer-managed KMS key for the replica', found: absent(DEFAULT_KEY) });
        return;
      }
      const problem = customerManagedKeyProblem(secret.template, key);
      if (problem) out.push({ path, problem: `must name a customer-managed KMS key for the replica: ${problem}`, found: describe(key) });
    });
    return out;
  });
}
