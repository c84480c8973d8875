import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { describeRule, tpl } from '../../support/harness';

const STREAM = { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } };
const policy = (statements: unknown[]) => ({
  Type: 'AWS::Kinesis::ResourcePolicy',
  Properties: { ResourceArn: { 'Fn::GetAtt': ['Stream', 'Arn'] }, ResourcePolicy: { Version: '2012-10-17', Statement: statements } },
});
const read = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: principal, Action: ['kinesis:GetRecords', 'kinesis:GetShardIterator'], Resource: { 'Fn::GetAtt': ['Stream', 'Arn'] }, ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-KinesisResourcePolicyNotPublic', {
  pass: {
    'reads allowed to one account': tpl({ Stream: STREAM, Policy: policy([read({ AWS: 'arn:aws:iam::111122223333:root' })]) }),
    'reads allowed to "*" from one account only': tpl({ Stream: STREAM, Policy: policy([read('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } })]) }),
    'the shape CDK writes for addToResourcePolicy with an account principal': cdk((s) => {
      const stream = new kinesis.Stream(s, 'Stream');
      stream.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kinesis:GetRecords'], principals: [new iam.AccountPrincipal('111122223333')], resources: [stream.streamArn] }));
    }),
  },
  fail: {
    'Principal "*" with no condition: anyone can read the records': tpl({ Stream: STREAM, Policy: policy([read('*')]) }),
    'Condition absent: {AWS: "*"} may put records': tpl({ Stream: STREAM, Policy: policy([read({ AWS: '*' }, { Action: 'kinesis:PutRecord' })]) }),
    'the principal from a parameter without AllowedValues (token)': tpl(
      { Stream: STREAM, Policy: policy([read({ AWS: { Ref: 'Reader' } })]) },
      { Parameters: { Reader: { Type: 'String' } } },
    ),
    'the policy imported from another stack': tpl({
      Stream: STREAM, Policy: { Type: 'AWS::Kinesis::ResourcePolicy', Properties: { ResourceArn: { 'Fn::GetAtt': ['Stream', 'Arn'] }, ResourcePolicy: { 'Fn::ImportValue': 'Shared-StreamPolicy' } } },
    }),
    'Fn::If that opens the stream in one branch': tpl(
      { Stream: STREAM, Policy: policy([read({ 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for addToResourcePolicy with AnyPrincipal': cdk((s) => {
      const stream = new kinesis.Stream(s, 'Stream');
      stream.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kinesis:GetRecords'], principals: [new iam.AnyPrincipal()], resources: [stream.streamArn] }));
    }),
  },
});
