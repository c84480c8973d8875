import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { describeRule, tpl } from '../../support/harness';

const TOPIC = { Type: 'AWS::SNS::Topic', Properties: {} };
const policy = (statements: unknown[]) => ({
  Type: 'AWS::SNS::TopicPolicy',
  Properties: { Topics: [{ Ref: 'Topic' }], PolicyDocument: { Version: '2012-10-17', Statement: statements } },
});
const allow = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: principal, Action: ['sns:Publish'], Resource: { Ref: 'Topic' }, ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SnsTopicPolicyNotPublic', {
  pass: {
    'a grant to one role': tpl({ Topic: TOPIC, Policy: policy([allow({ AWS: 'arn:aws:iam::111122223333:role/publisher' })]) }),
    'a grant to a service pinned to the account by aws:SourceAccount': tpl({
      Topic: TOPIC, Policy: policy([allow({ Service: 's3.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } })]),
    }),
    '"*" pinned to a VPC endpoint': tpl({ Topic: TOPIC, Policy: policy([allow('*', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc1234' } } })]) }),
    'the shape CDK writes for grantPublish to a role': cdk((s) => {
      const t = new sns.Topic(s, 'Topic');
      t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:role/publisher')], resources: [t.topicArn] }));
    }),
  },
  fail: {
    'Principal "*" with no condition: anyone can publish': tpl({ Topic: TOPIC, Policy: policy([allow('*')]) }),
    'a topic policy for a topic outside the template allows "*"': tpl({
      Policy: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: ['arn:aws:sns:eu-west-1:111122223333:alerts'], PolicyDocument: { Statement: [allow('*', { Resource: 'arn:aws:sns:eu-west-1:111122223333:alerts' })] } } },
    }),
    '{AWS: "*"} may subscribe an endpoint of theirs': tpl({ Topic: TOPIC, Policy: policy([allow({ AWS: '*' }, { Action: 'sns:Subscribe' })]) }),
    'Condition absent but IfExists on the account key (a caller without the key passes)': tpl({
      Topic: TOPIC, Policy: policy([allow('*', { Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } } })]),
    }),
    'the principal from a parameter without AllowedValues (token)': tpl(
      { Topic: TOPIC, Policy: policy([allow({ AWS: { Ref: 'Publisher' } })]) },
      { Parameters: { Publisher: { Type: 'String' } } },
    ),
    'an AWS::SNS::TopicInlinePolicy that allows "*"': tpl({
      Topic: TOPIC,
      Inline: { Type: 'AWS::SNS::TopicInlinePolicy', Properties: { TopicArn: { Ref: 'Topic' }, PolicyDocument: { Statement: [allow('*')] } } },
    }),
    'Fn::If that opens the topic in one branch': tpl(
      { Topic: TOPIC, Policy: policy([allow({ 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for addToResourcePolicy with AnyPrincipal': cdk((s) => {
      const t = new sns.Topic(s, 'Topic');
      t.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], principals: [new iam.AnyPrincipal()], resources: [t.topicArn] }));
    }),
  },
});
