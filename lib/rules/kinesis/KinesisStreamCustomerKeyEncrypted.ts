import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { absent, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The stream encrypts records with a customer-managed KMS key: StreamEncryption
 * EncryptionType KMS and a KeyId that is not the AWS-managed alias/aws/kinesis.
 */
export default function KinesisStreamCustomerKeyEncrypted(stream: Resource): RuleFinding[] {
  return perVariant(stream, (props) => {
    if (get(props, 'StreamEncryption') === undefined) {
      return { path: 'Properties.StreamEncryption', problem: 'must encrypt with a customer-managed KMS key', found: absent('no encryption: records are stored unencrypted') };
    }
    return mustBeOneOf(props, 'StreamEncryption.EncryptionType', ['KMS'], { ignoreCase: false, defaultText: 'NONE' })
      ?? mustUseCustomerManagedKey(stream.template, props, 'StreamEncryption.KeyId');
  });
}
