import type { Resource } from '../../template/template';
import { describe, get, str } from '../../template/values';
import { at, mustBe, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * An ActiveMQ broker encrypts its message store with a customer-managed KMS key:
 * `EncryptionOptions.UseAwsOwnedKey` is false and `KmsKeyId` names the customer's key.
 * RabbitMQ brokers support only the AWS-owned key and are not judged.
 */
export default function MqBrokerCustomerKeyEncrypted(broker: Resource): RuleFinding[] {
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
