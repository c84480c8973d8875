import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::Logs::LogGroup'],
  title: 'The log group encrypts log events with a customer-managed KMS key (KmsKeyId).',
  rationale: 'Application logs routinely capture identifiers and clinical payloads; a customer-managed key lets the data owner restrict, audit and revoke who can read them.',
  fix: 'Set KmsKeyId to the ARN of a customer-managed KMS key whose policy allows the logs service principal (CDK: encryptionKey: a kms.Key).',
  notes: 'Verified: log group data is always encrypted by CloudWatch Logs (AES-256-GCM with a service key) when KmsKeyId is absent, so absence is a '
    + 'finding only under the stricter reading that health data needs a key the customer controls.',
  evaluate,
});

/** The log group encrypts log events with a customer-managed KMS key (KmsKeyId). */
function evaluate(logGroup: TemplateResource): RuleFinding[] {
  return perVariant(logGroup, (props) => {
    if (get(props, 'KmsKeyId') === undefined) {
      return { path: at('KmsKeyId'), problem: 'must name a customer-managed KMS key', found: absent('the CloudWatch Logs service key, which the customer cannot control or revoke') };
    }
    return mustUseCustomerManagedKey(logGroup.template, props, 'KmsKeyId');
  });
}
