import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describeRule, tpl } from '../../support/harness';

const stream = (props: Record<string, unknown>) => ({ Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1, ...props } });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-KinesisStreamCustomerKeyEncrypted', {
  pass: {
    'KMS with a key of this template': tpl({ Key: KEY, Stream: stream({ StreamEncryption: { EncryptionType: 'KMS', KeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } } }) }),
    'KMS with a customer alias': tpl({ Stream: stream({ StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/vitals-stream' } }) }),
    'the shape CDK writes for encryptionKey: a kms.Key': cdk((s) => {
      new kinesis.Stream(s, 'Stream', { encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'StreamEncryption absent: records stored unencrypted': tpl({ Stream: stream({}) }),
    'the Kinesis-owned key alias/aws/kinesis': tpl({ Stream: stream({ StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } }) }),
    'EncryptionType NONE': tpl({ Key: KEY, Stream: stream({ StreamEncryption: { EncryptionType: 'NONE', KeyId: { Ref: 'Key' } } }) }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Stream: stream({ StreamEncryption: { EncryptionType: 'KMS', KeyId: { Ref: 'StreamKey' } } }) },
      { Parameters: { StreamKey: { Type: 'String' } } },
    ),
    'the key imported from another stack': tpl({ Stream: stream({ StreamEncryption: { EncryptionType: 'KMS', KeyId: { 'Fn::ImportValue': 'Shared-StreamKey' } } }) }),
    'Fn::If that drops StreamEncryption in one branch': tpl(
      { Key: KEY, Stream: stream({ StreamEncryption: { 'Fn::If': ['Encrypt', { EncryptionType: 'KMS', KeyId: { Ref: 'Key' } }, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Encrypt: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default: Fn::If between no encryption and alias/aws/kinesis': cdk((s) => {
      new kinesis.Stream(s, 'Stream');
    }),
    'the shape CDK writes for StreamEncryption.MANAGED': cdk((s) => {
      new kinesis.Stream(s, 'Stream', { encryption: kinesis.StreamEncryption.MANAGED });
    }),
  },
});
