import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The secret is encrypted with a customer-managed KMS key (KmsKeyId); aws/secretsmanager is AWS-managed. */
export default function SecretsManagerSecretCustomerKeyEncrypted(secret: Resource): RuleFinding[] {
  return perVariant(secret, (props) => {
    if (get(props, 'KmsKeyId') === undefined) {
      return { path: at('KmsKeyId'), problem: 'must name a customer-managed KMS key', found: absent('the AWS-managed key aws/secretsmanager, which the customer cannot control or revoke') };
    }
    return mustUseCustomerManagedKey(secret.template, props, 'KmsKeyId');
  });
}
