import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describeRule, tpl } from '../../support/harness';

const queue = (props: Record<string, unknown>) => ({ Type: 'AWS::SQS::Queue', Properties: props });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SqsQueueCustomerKeyEncrypted', {
  pass: {
    'a key of this template (Fn::GetAtt Arn)': tpl({ Key: KEY, Queue: queue({ KmsMasterKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }) }),
    'a customer key ARN': tpl({ Queue: queue({ KmsMasterKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
    'a customer alias': tpl({ Queue: queue({ KmsMasterKeyId: 'alias/health-queue' }) }),
    'a customer alias ARN built from pseudo parameters and a literal alias name': tpl({
      Queue: queue({ KmsMasterKeyId: { 'Fn::Sub': 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/health-queue' } }),
    }),
    'the shape CDK writes for encryption: QueueEncryption.KMS with a kms.Key': cdk((s) => {
      new sqs.Queue(s, 'Queue', { encryptionMasterKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'key absent: SSE-SQS by default, with a key the customer cannot control': tpl({ Queue: queue({}) }),
    'SqsManagedSseEnabled true (SSE-SQS) instead of a customer key': tpl({ Queue: queue({ SqsManagedSseEnabled: true }) }),
    'SqsManagedSseEnabled false and no key: messages stored unencrypted': tpl({ Queue: queue({ SqsManagedSseEnabled: 'false' }) }),
    'the AWS-managed key alias/aws/sqs': tpl({ Queue: queue({ KmsMasterKeyId: 'alias/aws/sqs' }) }),
    'an alias named by a parameter that defaults to aws/sqs (parameter)': tpl(
      { Queue: queue({ KmsMasterKeyId: { 'Fn::Sub': 'alias/${KeyAlias}' } }) },
      { Parameters: { KeyAlias: { Type: 'String', Default: 'aws/sqs' } } },
    ),
    'an alias named by the partition pseudo parameter: alias/aws/sqs in the aws partition': tpl({
      Queue: queue({ KmsMasterKeyId: { 'Fn::Sub': 'alias/${AWS::Partition}/sqs' } }),
    }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Queue: queue({ KmsMasterKeyId: { Ref: 'QueueKey' } }) },
      { Parameters: { QueueKey: { Type: 'String', Default: 'alias/aws/sqs' } } },
    ),
    'the key imported from another stack': tpl({ Queue: queue({ KmsMasterKeyId: { 'Fn::ImportValue': 'Shared-QueueKey' } }) }),
    'Fn::If that drops the key in one branch': tpl(
      { Key: KEY, Queue: queue({ KmsMasterKeyId: { 'Fn::If': ['Encrypt', { Ref: 'Key' }, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Encrypt: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no encryption prop): SSE-SQS': cdk((s) => {
      new sqs.Queue(s, 'Queue');
    }),
    'the shape CDK writes for QueueEncryption.KMS_MANAGED (alias/aws/sqs)': cdk((s) => {
      new sqs.Queue(s, 'Queue', { encryption: sqs.QueueEncryption.KMS_MANAGED });
    }),
    'only the queue without a customer key of two is flagged': {
      template: tpl({ Key: KEY, Good: queue({ KmsMasterKeyId: { Ref: 'Key' } }), Bad: queue({ SqsManagedSseEnabled: true }) }),
      flagged: ['Bad'],
    },
  },
});
