import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { describeRule, tpl } from '../../support/harness';

const topic = (props: Record<string, unknown>) => ({ Type: 'AWS::SNS::Topic', Properties: props });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SnsTopicCustomerKeyEncrypted', {
  pass: {
    'a key of this template (Ref)': tpl({ Key: KEY, Topic: topic({ KmsMasterKeyId: { Ref: 'Key' } }) }),
    'a customer alias': tpl({ Topic: topic({ KmsMasterKeyId: 'alias/health-events' }) }),
    'a customer key ARN built with Fn::Sub': tpl({ Topic: topic({ KmsMasterKeyId: { 'Fn::Sub': 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }) }),
    'the shape CDK writes for masterKey: a kms.Key': cdk((s) => {
      new sns.Topic(s, 'Topic', { masterKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'key absent: messages stored unencrypted': tpl({ Topic: topic({ TopicName: 'results' }) }),
    'the AWS-managed key alias/aws/sns': tpl({ Topic: topic({ KmsMasterKeyId: 'alias/aws/sns' }) }),
    'the AWS-managed key as an alias ARN': tpl({ Topic: topic({ KmsMasterKeyId: 'arn:aws:kms:eu-west-1:111122223333:alias/aws/sns' }) }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Topic: topic({ KmsMasterKeyId: { Ref: 'TopicKey' } }) },
      { Parameters: { TopicKey: { Type: 'String' } } },
    ),
    'a parameter whose AllowedValues include the AWS-managed key': tpl(
      { Topic: topic({ KmsMasterKeyId: { Ref: 'TopicKey' } }) },
      { Parameters: { TopicKey: { Type: 'String', AllowedValues: ['alias/health-events', 'alias/aws/sns'] } } },
    ),
    'the key imported from another stack': tpl({ Topic: topic({ KmsMasterKeyId: { 'Fn::ImportValue': 'Shared-TopicKey' } }) }),
    'Fn::If that drops the key in one branch': tpl(
      { Key: KEY, Topic: topic({ KmsMasterKeyId: { 'Fn::If': ['Encrypt', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Encrypt: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the key points at a resource that is not a KMS key': tpl({
      Bucket: { Type: 'AWS::S3::Bucket', Properties: {} },
      Topic: topic({ KmsMasterKeyId: { 'Fn::GetAtt': ['Bucket', 'Arn'] } }),
    }),
    'the shape CDK writes by default (no masterKey): unencrypted': cdk((s) => {
      new sns.Topic(s, 'Topic');
    }),
  },
});
