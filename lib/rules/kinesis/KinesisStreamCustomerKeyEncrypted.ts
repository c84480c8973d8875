import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { absent, mustBeOneOf, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::Kinesis::Stream'],
  title: 'The data stream encrypts records at rest with a customer-managed KMS key (StreamEncryption EncryptionType KMS with KeyId).',
  rationale: 'A data stream retains every record (hours to a year); without a customer-managed key the records are stored unencrypted or under a key the data owner cannot control or revoke.',
  fix: 'Set StreamEncryption to { EncryptionType: KMS, KeyId: <customer-managed key> } (CDK: encryption: StreamEncryption.KMS with encryptionKey: a kms.Key).',
  notes: 'Verified: a stream without StreamEncryption is not encrypted at rest; alias/aws/kinesis is the key owned by Kinesis Data Streams (a finding). '
    + 'CDK\'s default Stream writes Fn::If(AwsCdkKinesisEncryptedStreamsUnsupportedRegions, no encryption, alias/aws/kinesis): both branches are findings.',
  evaluate,
});

/**
 * The stream encrypts records with a customer-managed KMS key: StreamEncryption
 * EncryptionType KMS and a KeyId that is not the AWS-managed alias/aws/kinesis.
 */
function evaluate(stream: TemplateResource): RuleFinding[] {
  return perVariant(stream, (props) => {
    if (get(props, 'StreamEncryption') === undefined) {
      return { path: 'Properties.StreamEncryption', problem: 'must encrypt with a customer-managed KMS key', found: absent('no encryption: records are stored unencrypted') };
    }
    return mustBeOneOf(props, 'StreamEncryption.EncryptionType', ['KMS'], { ignoreCase: false, defaultText: 'NONE' })
      ?? mustUseCustomerManagedKey(stream.template, props, 'StreamEncryption.KeyId');
  });
}
