import type { TemplateResource } from '../../template/template';
import { describe, get, str } from '../../template/values';
import { at, mustBe, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  severity: 'warning',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  title: 'An ActiveMQ broker encrypts its message store with a customer-managed KMS key: EncryptionOptions.UseAwsOwnedKey is false and KmsKeyId names the key.',
  rationale: 'With the AWS-owned or AWS-managed key the customer cannot restrict, audit or revoke decryption of queued messages carrying health data.',
  fix: 'Set EncryptionOptions { UseAwsOwnedKey: false, KmsKeyId: <your key> } (CDK: CfnBroker encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: key.keyArn }).',
  notes: 'Verified: Amazon MQ always encrypts at rest; UseAwsOwnedKey defaults to true (AWS-owned key) and UseAwsOwnedKey false without KmsKeyId uses the AWS-managed aws/mq key (CloudFormation EncryptionOptions reference). Decision: a warning, not an error, since the data is encrypted either way. RabbitMQ brokers support only the AWS-owned key and are not judged; an engine that cannot be resolved is flagged.',
  evaluate,
});

/**
 * An ActiveMQ broker encrypts its message store with a customer-managed KMS key:
 * `EncryptionOptions.UseAwsOwnedKey` is false and `KmsKeyId` names the customer's key.
 * RabbitMQ brokers support only the AWS-owned key and are not judged.
 */
function evaluate(broker: TemplateResource): RuleFinding[] {
  return perVariant(broker, (props) => {
    const engine = get(props, 'EngineType');
    if (str(engine)?.toLowerCase() === 'rabbitmq') return undefined;
    if (str(engine)?.toLowerCase() !== 'activemq') {
      return { path: at('EngineType'), problem: 'must provably be ActiveMQ or RabbitMQ to judge the encryption key', found: describe(engine) };
    }
    return mustBe(props, 'EncryptionOptions.UseAwsOwnedKey', false, { defaultText: 'true: an AWS-owned key' })
      ?? mustUseCustomerManagedKey(broker.template, props, 'EncryptionOptions.KmsKeyId');
  });
}
