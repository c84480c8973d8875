import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isUnknown } from '../../template/values';
import { absent, at, customerManagedKeyProblem, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  title: 'The secret, and every replica of it (ReplicaRegions), is encrypted with a customer-managed KMS key (KmsKeyId).',
  rationale: 'Secrets open the stores that hold health data; a customer-managed key lets the data owner restrict and audit decryption and share the secret across accounts safely.',
  fix: 'Set KmsKeyId, and KmsKeyId of each ReplicaRegions entry, to a customer-managed KMS key (CDK: encryptionKey: a kms.Key, replicaRegions: [{ region, encryptionKey }]).',
  notes: 'Verified: without KmsKeyId, Secrets Manager uses the AWS-managed key aws/secretsmanager (a finding, as is alias/aws/secretsmanager written out); '
    + 'that key cannot be used for cross-account secrets. A replica without KmsKeyId uses aws/secretsmanager of its region, so each replica is judged too.',
  evaluate,
});

const DEFAULT_KEY = 'the AWS-managed key aws/secretsmanager, which the customer cannot control or revoke';

/**
 * The secret is encrypted with a customer-managed KMS key (KmsKeyId), and so is
 * every replica (ReplicaRegions[].KmsKeyId); aws/secretsmanager is AWS-managed.
 */
function evaluate(secret: TemplateResource): RuleFinding[] {
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
