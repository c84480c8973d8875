import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describeRule, tpl } from '../../support/harness';

const QUEUE = { Type: 'AWS::SQS::Queue', Properties: {} };
const policy = (statements: unknown[]) => ({
  Type: 'AWS::SQS::QueuePolicy',
  Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: { Version: '2012-10-17', Statement: statements } },
});
const allow = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: principal, Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] }, ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SqsQueuePolicyNotPublic', {
  pass: {
    'a grant to one account': tpl({ Queue: QUEUE, Policy: policy([allow({ AWS: 'arn:aws:iam::111122223333:root' })]) }),
    'a grant to SNS pinned to the topic by aws:SourceArn': tpl({
      Queue: QUEUE, Topic: { Type: 'AWS::SNS::Topic', Properties: {} },
      Policy: policy([allow({ Service: 'sns.amazonaws.com' }, { Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'Topic' } } } })]),
    }),
    '"*" pinned to the organisation': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })]) }),
    'a public Deny (TLS enforcement)': tpl({
      Queue: QUEUE, Policy: policy([{ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }]),
    }),
    '"*" pinned to organisation paths under a fixed organisation id (StringLike o-abc123def4/*)': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringLike: { 'aws:PrincipalOrgPaths': 'o-abc123def4/r-ab12/*' } } })]) }),
    'a principal built with Fn::Sub from a role\'s Arn': tpl({
      Queue: QUEUE, Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      Policy: policy([allow({ AWS: { 'Fn::Sub': '${Role.Arn}' } })]),
    }),
    'a principal built with Fn::Sub from a role\'s Arn beside a custom resource (Guard cannot tell which resource the placeholder names)': {
      template: tpl({
        Queue: QUEUE, Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
        Lookup: { Type: 'Custom::AccountLookup', Properties: { ServiceToken: 'arn:aws:lambda:eu-north-1:111122223333:function:lookup' } },
        Policy: policy([allow({ AWS: { 'Fn::Sub': '${Role.Arn}' } })]),
      }),
      guard: 'fail',
    },
    'a principal joined from a parameter whose AllowedValues are accounts (Guard does not expand AllowedValues)': {
      template: tpl(
        { Queue: QUEUE, Policy: policy([allow({ AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'Acct' }, ':root']] } })]) },
        { Parameters: { Acct: { Type: 'String', AllowedValues: ['111122223333', '444455556666'] } } },
      ),
      guard: 'fail',
    },
    'the shape CDK writes for grantSendMessages to an account': cdk((s) => {
      const q = new sqs.Queue(s, 'Queue');
      q.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], principals: [new iam.AccountPrincipal('111122223333')], resources: [q.queueArn] }));
    }),
  },
  fail: {
    'Principal "*" with no condition: anyone can send': tpl({ Queue: QUEUE, Policy: policy([allow('*')]) }),
    'a policy document string that is not JSON ({bad json}) cannot be proven to grant nothing': tpl({
      Queue: QUEUE, Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: '{bad json}' } },
    }),
    'a truncated policy document string cannot be proven to grant nothing (and must not break the Guard run)': tpl({
      Queue: QUEUE, Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: '{"Statement": [' } },
    }),
    'Principal {AWS: "*"} can read the messages': tpl({ Queue: QUEUE, Policy: policy([allow({ AWS: '*' }, { Action: 'sqs:ReceiveMessage' })]) }),
    'NotPrincipal in an Allow: everyone but one role': tpl({ Queue: QUEUE, Policy: policy([{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/x' }, Action: 'sqs:*', Resource: '*' }]) }),
    '"*" limited only by aws:SourceIp (anonymous callers from a range)': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })]) }),
    'Condition key absent: "*" with an unrelated condition': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })]) }),
    'an AWS::SQS::QueueInlinePolicy that allows "*"': tpl({
      Queue: QUEUE,
      Inline: { Type: 'AWS::SQS::QueueInlinePolicy', Properties: { Queue: { Ref: 'Queue' }, PolicyDocument: { Statement: [allow('*', { Action: 'sqs:ReceiveMessage' })] } } },
    }),
    'the principal from a parameter without AllowedValues (token)': tpl(
      { Queue: QUEUE, Policy: policy([allow({ AWS: { Ref: 'Caller' } })]) },
      { Parameters: { Caller: { Type: 'String' } } },
    ),
    'the organisation id from a parameter without AllowedValues, which could be "*"': tpl(
      { Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringLike: { 'aws:PrincipalOrgID': { Ref: 'Org' } } } })]) },
      { Parameters: { Org: { Type: 'String' } } },
    ),
    'a principal joined with Fn::Join from a parameter whose default is "*" (token)': tpl(
      { Queue: QUEUE, Policy: policy([allow({ AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'Acct' }, ':root']] } })]) },
      { Parameters: { Acct: { Type: 'String', Default: '*' } } },
    ),
    'a principal built with Fn::Sub from a parameter without AllowedValues (token)': tpl(
      { Queue: QUEUE, Policy: policy([allow({ AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${Acct}:root' } })]) },
      { Parameters: { Acct: { Type: 'String', Default: '111122223333' } } },
    ),
    'a principal read with Fn::GetAtt from an SSM parameter resource\'s Value (token: it can be changed to "*" outside the stack)': tpl({
      Queue: QUEUE, Who: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'arn:aws:iam::111122223333:root' } },
      Policy: policy([allow({ AWS: { 'Fn::GetAtt': ['Who', 'Value'] } })]),
    }),
    'a principal read with Fn::GetAtt from a custom resource (whatever its provider returns)': tpl({
      Queue: QUEUE, Lookup: { Type: 'Custom::AccountLookup', Properties: { ServiceToken: 'arn:aws:lambda:eu-north-1:111122223333:function:lookup' } },
      Policy: policy([allow({ AWS: { 'Fn::GetAtt': ['Lookup', 'Arn'] } })]),
    }),
    '"*" with StringLike aws:SourceVpce "vpce-*" (any endpoint anyone creates)': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringLike: { 'aws:SourceVpce': 'vpce-*' } } })]) }),
    '"*" with StringLike aws:PrincipalOrgPaths "o-*/*" (any organisation)': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringLike: { 'aws:PrincipalOrgPaths': 'o-*/*' } } })]) }),
    '"*" with ForAnyValue:StringLike aws:SourceAccount "1111*"': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { 'ForAnyValue:StringLike': { 'aws:SourceAccount': '1111*' } } })]) }),
    '"*" with aws:SourceVpce compared with its own policy variable ${aws:SourceVpce}': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringEquals: { 'aws:SourceVpce': '${aws:SourceVpce}' } } })]) }),
    '"*" with StringEqualsIfExists aws:PrincipalOrgID (a request without the key passes)': tpl({ Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })]) }),
    'Fn::If whose one branch pins aws:SourceVpce to "vpce-*"': tpl(
      { Queue: QUEUE, Policy: policy([allow('*', { Condition: { StringLike: { 'aws:SourceVpce': { 'Fn::If': ['Open', 'vpce-*', 'vpce-1a2b3c4d'] } } } })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'Fn::If that opens the queue in one branch': tpl(
      { Queue: QUEUE, Policy: policy([allow({ 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for addToResourcePolicy with AnyPrincipal': cdk((s) => {
      const q = new sqs.Queue(s, 'Queue');
      q.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], principals: [new iam.AnyPrincipal()], resources: [q.queueArn] }));
    }),
  },
});
