import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import { describeRule, tpl } from '../../support/harness';

const SECRET = { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: {} } };
const policy = (statements: unknown[], extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::SecretsManager::ResourcePolicy',
  Properties: { SecretId: { Ref: 'Secret' }, ResourcePolicy: { Version: '2012-10-17', Statement: statements }, ...extra },
});
const read = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: principal, Action: 'secretsmanager:GetSecretValue', Resource: '*', ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SecretsManagerResourcePolicyNotPublic', {
  pass: {
    'a grant to one role': tpl({ Secret: SECRET, Policy: policy([read({ AWS: 'arn:aws:iam::111122223333:role/app' })]) }),
    '"*" only through a VPC endpoint': tpl({ Secret: SECRET, Policy: policy([read('*', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc1234' } } })]) }),
    'the shape CDK writes for addToResourcePolicy with an account principal': cdk((s) => {
      const secret = new sm.Secret(s, 'Secret');
      secret.addToResourcePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], principals: [new iam.AccountPrincipal('111122223333')], resources: ['*'] }));
    }),
  },
  fail: {
    'Principal "*" with no condition: anyone can read the credentials': tpl({ Secret: SECRET, Policy: policy([read('*')], { BlockPublicPolicy: false }) }),
    'Condition absent, even with BlockPublicPolicy true (the template is judged on its own)': tpl({ Secret: SECRET, Policy: policy([read({ AWS: '*' })], { BlockPublicPolicy: true }) }),
    'the policy as a JSON string with "*"': tpl({
      Secret: SECRET,
      Policy: { Type: 'AWS::SecretsManager::ResourcePolicy', Properties: { SecretId: { Ref: 'Secret' }, ResourcePolicy: JSON.stringify({ Statement: [read('*')] }) } },
    }),
    'the principal from a parameter without AllowedValues (token)': tpl(
      { Secret: SECRET, Policy: policy([read({ AWS: { Ref: 'Reader' } })]) },
      { Parameters: { Reader: { Type: 'String' } } },
    ),
    'the policy imported from another stack': tpl({
      Secret: SECRET, Policy: { Type: 'AWS::SecretsManager::ResourcePolicy', Properties: { SecretId: { Ref: 'Secret' }, ResourcePolicy: { 'Fn::ImportValue': 'Shared-SecretPolicy' } } },
    }),
    'Fn::If that opens the secret in one branch': tpl(
      { Secret: SECRET, Policy: policy([read({ 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for addToResourcePolicy with AnyPrincipal': cdk((s) => {
      const secret = new sm.Secret(s, 'Secret');
      secret.addToResourcePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], principals: [new iam.AnyPrincipal()], resources: ['*'] }));
    }),
  },
});
