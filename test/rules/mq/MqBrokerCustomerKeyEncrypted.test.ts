import { describeRule, tpl } from '../../support/harness';

const broker = (props: Record<string, unknown>, engine: unknown = 'ActiveMQ') => ({
  Type: 'AWS::AmazonMQ::Broker',
  Properties: {
    BrokerName: 'phi', EngineType: engine, EngineVersion: '5.18', HostInstanceType: 'mq.m5.large', DeploymentMode: 'SINGLE_INSTANCE',
    AutoMinorVersionUpgrade: true, PubliclyAccessible: false, Users: [{ Username: 'app', Password: 'x' }], ...props,
  },
});
const KEY = { Type: 'AWS::KMS::Key', Properties: {} };
const cmk = { EncryptionOptions: { UseAwsOwnedKey: false, KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } } };
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-MqBrokerCustomerKeyEncrypted', {
  pass: {
    'ActiveMQ broker with a customer-managed key': tpl({ Key: KEY, Mq: broker(cmk) }),
    'customer key by ARN, boolean as a string': tpl({
      Mq: broker({ EncryptionOptions: { UseAwsOwnedKey: 'false', KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }),
    }),
    'RabbitMQ (AWS-owned key only) is not judged': tpl({ Mq: broker({}, 'RabbitMQ') }),
  },
  fail: {
    'EncryptionOptions absent: the AWS-owned key': tpl({ Mq: broker({}) }),
    'UseAwsOwnedKey true': tpl({ Mq: broker({ EncryptionOptions: { UseAwsOwnedKey: true } }) }),
    'UseAwsOwnedKey false without a key: the AWS-managed aws/mq key': tpl({ Mq: broker({ EncryptionOptions: { UseAwsOwnedKey: false } }) }),
    'key from a parameter without AllowedValues (token)': tpl(
      { Mq: broker({ EncryptionOptions: { UseAwsOwnedKey: false, KmsKeyId: { Ref: 'KeyId' } } }) },
      { Parameters: { KeyId: { Type: 'String' } } },
    ),
    'engine imported from another stack': tpl({ Key: KEY, Mq: broker(cmk, { 'Fn::ImportValue': 'Engine' }) }),
    'Fn::If that falls back to the AWS-owned key': tpl(
      { Key: KEY, Mq: broker({ EncryptionOptions: { 'Fn::If': ['IsProd', cmk.EncryptionOptions, { UseAwsOwnedKey: true }] } }) },
      cond,
    ),
  },
});
