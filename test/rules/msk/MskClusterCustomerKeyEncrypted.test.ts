import { describeRule, tpl } from '../../support/harness';
import { cluster, cond } from './fixtures';

const KEY = { Type: 'AWS::KMS::Key', Properties: {} };
const atRest = (key: unknown) => ({ EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: key } } });

describeRule('HealthData-MskClusterCustomerKeyEncrypted', {
  pass: {
    'customer-managed key of the template': tpl({ Key: KEY, Kafka: cluster(atRest({ 'Fn::GetAtt': ['Key', 'Arn'] })) }),
    'customer-managed key by ARN': tpl({ Kafka: cluster(atRest('arn:aws:kms:eu-west-2:680235478471:key/fd160011-126e-4bec-b370-c8765b5c6a37')) }),
  },
  fail: {
    'EncryptionAtRest absent: the AWS-managed aws/kafka key': tpl({ Kafka: cluster({}) }),
    'the AWS-managed alias named explicitly': tpl({ Kafka: cluster(atRest('alias/aws/kafka')) }),
    'key from a parameter without AllowedValues (token)': tpl(
      { Kafka: cluster(atRest({ Ref: 'KeyArn' })) },
      { Parameters: { KeyArn: { Type: 'String' } } },
    ),
    'key imported from another stack': tpl({ Kafka: cluster(atRest({ 'Fn::ImportValue': 'Key' })) }),
    'EncryptionInfo imported whole from another stack (import)': tpl({ Kafka: cluster({ EncryptionInfo: { 'Fn::ImportValue': 'Encryption' } }) }),
    'Fn::If that drops the key outside prod': tpl(
      { Key: KEY, Kafka: cluster({ EncryptionInfo: { 'Fn::If': ['IsProd', atRest({ Ref: 'Key' }).EncryptionInfo, { Ref: 'AWS::NoValue' }] } }) },
      cond,
    ),
  },
});
