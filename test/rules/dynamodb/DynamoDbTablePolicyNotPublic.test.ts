import { App, DefaultStackSynthesizer, Stack, aws_dynamodb as ddb, aws_iam as iam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describeRule, tpl, type Json } from '../../support/harness';

/** A template as CDK synthesizes it. */
function synth(build: (stack: Stack) => void): Json {
  const app = new App();
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' }, synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }) });
  build(stack);
  return Template.fromStack(stack).toJSON() as Json;
}

const base = { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' };
const table = (props: Record<string, unknown>) => ({ Type: 'AWS::DynamoDB::Table', Properties: { ...base, ...props } });
const globalTable = (props: Record<string, unknown>) => ({ Type: 'AWS::DynamoDB::GlobalTable', Properties: { ...base, ...props } });
const stmt = (extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'dynamodb:GetItem', Resource: '*', ...extra });
const policy = (...statements: unknown[]) => ({ PolicyDocument: { Version: '2012-10-17', Statement: statements } });
const orgOnly = { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } };
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };
const pk = { name: 'pk', type: ddb.AttributeType.STRING };
const anyoneCanRead = () => new iam.PolicyDocument({
  statements: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['dynamodb:GetItem'], resources: ['*'] })],
});

describeRule('HealthData-DynamoDbTablePolicyNotPublic', {
  pass: {
    'no resource policy': tpl({ Table: table({}) }),
    'policy for one role of another account': tpl({ Table: table({ ResourcePolicy: policy(stmt({ Principal: { AWS: 'arn:aws:iam::444455556666:role/Reader' } })) }) }),
    '"*" pinned to the organisation': tpl({ Table: table({ ResourcePolicy: policy(stmt(orgOnly)) }) }),
    'global table replica with an organisation-only policy': tpl({
      Table: globalTable({ Replicas: [{ Region: 'eu-west-1', ResourcePolicy: policy(stmt(orgOnly)) }] }),
    }),
  },
  fail: {
    'Allow for every principal lets any AWS account read the table (condition absent)': tpl({ Table: table({ ResourcePolicy: policy(stmt()) }) }),
    'a public stream policy leaks every change': tpl({
      Table: table({ StreamSpecification: { StreamViewType: 'NEW_IMAGE', ResourcePolicy: policy(stmt({ Action: 'dynamodb:GetRecords' })) } }),
    }),
    'global table replica with a public policy': tpl({
      Table: globalTable({ Replicas: [{ Region: 'eu-west-1' }, { Region: 'eu-central-1', ResourcePolicy: policy(stmt()) }] }),
    }),
    'organisation id from a parameter without AllowedValues (token)': tpl(
      { Table: table({ ResourcePolicy: policy(stmt({ Condition: { StringEquals: { 'aws:PrincipalOrgID': { Ref: 'Org' } } } })) }) },
      { Parameters: { Org: { Type: 'String' } } },
    ),
    'policy document imported from another stack': tpl({ Table: table({ ResourcePolicy: { PolicyDocument: { 'Fn::ImportValue': 'Policy' } } }) }),
    'Fn::If that drops the organisation condition outside prod': tpl(
      { Table: table({ ResourcePolicy: policy({ 'Fn::If': ['IsProd', stmt(orgOnly), stmt()] }) }) },
      cond,
    ),
    'CDK Table with an AnyPrincipal resource policy': synth((s) => {
      new ddb.Table(s, 'Table', { partitionKey: pk, resourcePolicy: anyoneCanRead() });
    }),
  },
});
