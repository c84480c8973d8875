import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describeRule, tpl } from '../../support/harness';

const queue = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::SQS::Queue', Properties: props });
const policy = (queues: unknown, statements: unknown[]) => ({
  Type: 'AWS::SQS::QueuePolicy',
  Properties: { Queues: queues, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
});
const tlsDeny = (resource: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: resource,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra,
});
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SqsQueueRequiresTls', {
  pass: {
    'a queue policy naming the queue denies requests without TLS': tpl({ Queue: queue(), Policy: policy([{ Ref: 'Queue' }], [tlsDeny(arnOf('Queue'))]) }),
    'the deny written with the ARN built from the queue name and Action "*"': {
      template: tpl({
        Queue: queue({ QueueName: 'lab-results' }),
        Policy: policy([{ Ref: 'Queue' }], [{ ...tlsDeny({ 'Fn::Sub': 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:lab-results' }), Action: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }]),
      }),
      guard: 'fail', // declared difference: Guard does not match the QueueName inside the ARN
    },
    'the deny on Resource "*" beside an Allow for a role': tpl({
      Queue: queue(),
      Policy: policy([{ Ref: 'Queue' }], [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/worker' }, Action: 'sqs:ReceiveMessage', Resource: arnOf('Queue') },
        tlsDeny('*'),
      ]),
    }),
    'an AWS::SQS::QueueInlinePolicy on the queue denies requests without TLS': tpl({
      Queue: queue(),
      Inline: { Type: 'AWS::SQS::QueueInlinePolicy', Properties: { Queue: { Ref: 'Queue' }, PolicyDocument: { Statement: [tlsDeny(arnOf('Queue'))] } } },
    }),
    'the shape CDK writes for enforceSSL: true': cdk((s) => {
      new sqs.Queue(s, 'Queue', { enforceSSL: true });
    }),
  },
  fail: {
    'queue policy absent: SQS accepts plain HTTP': tpl({ Queue: queue() }),
    'a plain queue beside an enforceSSL queue: only the plain queue accepts plain HTTP (CDK)': {
      template: cdk((s) => {
        new sqs.Queue(s, 'Secure', { enforceSSL: true });
        new sqs.Queue(s, 'Plain');
      }),
      flagged: ['Plain295EB121'],
    },
    'the only TLS deny sits on another queue': {
      template: tpl({ Open: queue(), Other: queue(), Policy: policy([{ Ref: 'Other' }], [tlsDeny(arnOf('Other'))]) }),
      flagged: ['Open'],
    },
    'the policy names the queue but denies plain HTTP only on another queue': {
      template: tpl({ Queue: queue(), Other: queue(), Policy: policy([{ Ref: 'Queue' }, { Ref: 'Other' }], [tlsDeny(arnOf('Other'))]) }),
      flagged: ['Queue'],
    },
    'the deny covers only SendMessage, so plain-HTTP reads are allowed': tpl({
      Queue: queue(), Policy: policy([{ Ref: 'Queue' }], [tlsDeny(arnOf('Queue'), { Action: 'sqs:SendMessage' })]),
    }),
    'the deny is narrowed to one principal': tpl({
      Queue: queue(), Policy: policy([{ Ref: 'Queue' }], [tlsDeny(arnOf('Queue'), { Principal: { AWS: 'arn:aws:iam::111122223333:role/worker' } })]),
    }),
    'aws:SecureTransport given by a parameter without AllowedValues (token)': tpl(
      { Queue: queue(), Policy: policy([{ Ref: 'Queue' }], [tlsDeny(arnOf('Queue'), { Condition: { Bool: { 'aws:SecureTransport': { Ref: 'Secure' } } } })]) },
      { Parameters: { Secure: { Type: 'String', Default: 'false' } } },
    ),
    'the policy document imported from another stack': tpl({
      Queue: queue(), Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: { 'Fn::ImportValue': 'Shared-QueuePolicy' } } },
    }),
    'Fn::If that drops the TLS deny in one branch': tpl(
      { Queue: queue(), Policy: policy([{ Ref: 'Queue' }], [{ 'Fn::If': ['Strict', tlsDeny(arnOf('Queue')), { Ref: 'AWS::NoValue' }] }]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the policy is only created under a condition': tpl(
      { Queue: queue(), Policy: { ...policy([{ Ref: 'Queue' }], [tlsDeny(arnOf('Queue'))]), Condition: 'Strict' } },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes without enforceSSL (a grant policy, no TLS deny)': cdk((s) => {
      const q = new sqs.Queue(s, 'Queue');
      q.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], principals: [new iam.AccountPrincipal('111122223333')], resources: [q.queueArn] }));
    }),
  },
});
