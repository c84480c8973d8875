import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { describeRule, tpl } from '../../support/harness';

const topic = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::SNS::Topic', Properties: props });
const policy = (topics: unknown, statements: unknown[]) => ({
  Type: 'AWS::SNS::TopicPolicy',
  Properties: { Topics: topics, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
});
const tlsDeny = (resource: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Deny', Principal: '*', Action: 'sns:Publish', Resource: resource,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SnsTopicRequiresTls', {
  pass: {
    'a topic policy naming the topic denies publishing without TLS': tpl({ Topic: topic(), Policy: policy([{ Ref: 'Topic' }], [tlsDeny({ Ref: 'Topic' })]) }),
    'the deny of sns:* on the ARN built from the topic name': {
      template: tpl({
        Topic: topic({ TopicName: 'lab-results' }),
        Policy: policy([{ Ref: 'Topic' }], [tlsDeny({ 'Fn::Sub': 'arn:aws:sns:${AWS::Region}:${AWS::AccountId}:lab-results' }, { Action: 'sns:*', Principal: { AWS: '*' } })]),
      }),
      guard: 'fail', // declared difference: Guard does not match the TopicName inside the ARN
    },
    'an AWS::SNS::TopicInlinePolicy with the deny': tpl({
      Topic: topic(),
      Inline: { Type: 'AWS::SNS::TopicInlinePolicy', Properties: { TopicArn: { Ref: 'Topic' }, PolicyDocument: { Statement: [tlsDeny('*')] } } },
    }),
    'the shape CDK writes for enforceSSL: true': cdk((s) => {
      new sns.Topic(s, 'Topic', { enforceSSL: true });
    }),
  },
  fail: {
    'topic policy absent: SNS accepts plain-HTTP publishing': tpl({ Topic: topic() }),
    'the only TLS deny sits on another topic': {
      template: tpl({ Open: topic(), Other: topic(), Policy: policy([{ Ref: 'Other' }], [tlsDeny({ Ref: 'Other' })]) }),
      flagged: ['Open'],
    },
    'a plain topic beside an enforceSSL topic: only the plain topic accepts plain HTTP (CDK)': {
      template: cdk((s) => {
        new sns.Topic(s, 'Secure', { enforceSSL: true });
        new sns.Topic(s, 'Plain');
      }),
      flagged: ['Plain295EB121'],
    },
    'the deny covers only Subscribe, so plain-HTTP publishing is allowed': tpl({
      Topic: topic(), Policy: policy([{ Ref: 'Topic' }], [tlsDeny({ Ref: 'Topic' }, { Action: 'sns:Subscribe' })]),
    }),
    'the deny is narrowed by a further condition': tpl({
      Topic: topic(),
      Policy: policy([{ Ref: 'Topic' }], [tlsDeny({ Ref: 'Topic' }, { Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } } })]),
    }),
    'the topics list from a parameter without AllowedValues (token)': tpl(
      { Topic: topic(), Policy: policy({ Ref: 'TopicArns' }, [tlsDeny('*')]) },
      { Parameters: { TopicArns: { Type: 'CommaDelimitedList' } } },
    ),
    'the policy document imported from another stack': tpl({
      Topic: topic(), Policy: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'Topic' }], PolicyDocument: { 'Fn::ImportValue': 'Shared-TopicPolicy' } } },
    }),
    'Fn::If that drops the TLS deny in one branch': tpl(
      { Topic: topic(), Policy: policy([{ Ref: 'Topic' }], [{ 'Fn::If': ['Strict', tlsDeny({ Ref: 'Topic' }), { Ref: 'AWS::NoValue' }] }]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes without enforceSSL (a grant policy, no TLS deny)': cdk((s) => {
      const t = new sns.Topic(s, 'Topic');
      t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], principals: [new iam.ServicePrincipal('events.amazonaws.com')], resources: [t.topicArn] }));
    }),
  },
});
