import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describeRule, tpl } from '../../support/harness';

const S3_DEST = { BucketARN: 'arn:aws:s3:::health-archive', RoleARN: 'arn:aws:iam::111122223333:role/firehose' };
const delivery = (props: Record<string, unknown>) => ({
  Type: 'AWS::KinesisFirehose::DeliveryStream',
  Properties: { ExtendedS3DestinationConfiguration: S3_DEST, ...props },
});
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };
const CMK = (key: unknown) => ({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key });

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}
const destination = (s: Stack) => new firehose.S3Bucket(new s3.Bucket(s, 'Archive'));

describeRule('HealthData-FirehoseDeliveryStreamCustomerKeyEncrypted', {
  pass: {
    'DirectPut with a customer-managed key of this template': tpl({ Key: KEY, Delivery: delivery({ DeliveryStreamEncryptionConfigurationInput: CMK({ 'Fn::GetAtt': ['Key', 'Arn'] }) }) }),
    'a Kinesis data stream as source: records stay in the stream, judged there': tpl({
      Delivery: delivery({
        DeliveryStreamType: 'KinesisStreamAsSource',
        KinesisStreamSourceConfiguration: { KinesisStreamARN: 'arn:aws:kinesis:eu-west-1:111122223333:stream/vitals', RoleARN: S3_DEST.RoleARN },
      }),
    }),
    'an MSK cluster as source': tpl({ Delivery: delivery({ DeliveryStreamType: 'MSKAsSource' }) }),
    'the shape CDK writes for StreamEncryption.customerManagedKey(key)': cdk((s) => {
      new firehose.DeliveryStream(s, 'Delivery', {
        destination: destination(s),
        encryption: firehose.StreamEncryption.customerManagedKey(new kms.Key(s, 'Key', { enableKeyRotation: true })),
      });
    }),
  },
  fail: {
    'DeliveryStreamEncryptionConfigurationInput absent on a DirectPut stream: no server-side encryption': tpl({ Delivery: delivery({}) }),
    'KeyType AWS_OWNED_CMK: a key the data owner cannot control': tpl({ Delivery: delivery({ DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }) }),
    'CUSTOMER_MANAGED_CMK with the key from a parameter without AllowedValues (token)': tpl(
      { Delivery: delivery({ DeliveryStreamEncryptionConfigurationInput: CMK({ Ref: 'DeliveryKey' }) }) },
      { Parameters: { DeliveryKey: { Type: 'String' } } },
    ),
    'the stream type from a parameter without AllowedValues: DirectPut cannot be excluded': tpl(
      { Delivery: delivery({ DeliveryStreamType: { Ref: 'SourceType' } }) },
      { Parameters: { SourceType: { Type: 'String', Default: 'KinesisStreamAsSource' } } },
    ),
    'the key imported from another stack': tpl({ Delivery: delivery({ DeliveryStreamEncryptionConfigurationInput: CMK({ 'Fn::ImportValue': 'Shared-DeliveryKey' }) }) }),
    'Fn::If that falls back to the AWS-owned key': tpl(
      { Key: KEY, Delivery: delivery({ DeliveryStreamEncryptionConfigurationInput: { 'Fn::If': ['OwnKey', CMK({ 'Fn::GetAtt': ['Key', 'Arn'] }), { KeyType: 'AWS_OWNED_CMK' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { OwnKey: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no encryption)': cdk((s) => {
      new firehose.DeliveryStream(s, 'Delivery', { destination: destination(s) });
    }),
    'the shape CDK writes for StreamEncryption.awsOwnedKey()': cdk((s) => {
      new firehose.DeliveryStream(s, 'Delivery', { destination: destination(s), encryption: firehose.StreamEncryption.awsOwnedKey() });
    }),
  },
});
