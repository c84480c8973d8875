import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describeRule, tpl } from '../../support/harness';

const ROOT = { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } };
const key = (statements: unknown[]) => ({
  Type: 'AWS::KMS::Key',
  Properties: { EnableKeyRotation: true, KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: ROOT, Action: 'kms:*', Resource: '*' }, ...statements] } },
});
const use = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: principal, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*', ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-KmsKeyPolicyNotPublic', {
  pass: {
    'only the account root': tpl({ Key: key([]) }),
    'KeyPolicy absent: the default policy for the account': tpl({ Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } }),
    '"*" pinned to the caller account and the service (the AWS-managed key pattern)': tpl({
      Key: key([use({ AWS: '*' }, { Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 'rds.eu-west-1.amazonaws.com' } } })]),
    }),
    'the shape CDK writes for a key with grantDecrypt to a role': cdk((s) => {
      const k = new kms.Key(s, 'Key', { enableKeyRotation: true });
      k.grantDecrypt(new iam.Role(s, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
    }),
  },
  fail: {
    'use granted to a principal substituted from a parameter without AllowedValues (token)': tpl(
      { Key: key([use({ AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${Partner}:root' } })]) },
      { Parameters: { Partner: { Type: 'String', Default: '444455556666' } } },
    ),
    'use granted to "*" where kms:CallerAccount is compared with the policy variable ${aws:PrincipalAccount} (the caller with itself)': tpl({
      Key: key([use('*', { Condition: { StringEquals: { 'kms:CallerAccount': '${aws:PrincipalAccount}' } } })]),
    }),
    'use granted to "*" pinned to organisation id "*" (StringLike aws:PrincipalOrgID)': tpl({
      Key: key([use('*', { Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })]),
    }),
    'Principal "*" with no condition: anyone can decrypt': tpl({ Key: key([use('*')]) }),
    'a replica key whose KeyPolicy allows "*"': tpl({
      Replica: { Type: 'AWS::KMS::ReplicaKey', Properties: { PrimaryKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab', KeyPolicy: { Statement: [use('*')] } } },
    }),
    'NotPrincipal in an Allow': tpl({ Key: key([{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/x' }, Action: 'kms:Decrypt', Resource: '*' }]) }),
    'Condition absent from a statement to {AWS: ["*"]}': tpl({ Key: key([use({ AWS: ['arn:aws:iam::111122223333:root', '*'] })]) }),
    'the caller account from a parameter without AllowedValues (token)': tpl(
      { Key: key([use({ AWS: '*' }, { Condition: { StringLike: { 'kms:CallerAccount': { Ref: 'Account' } } } })]) },
      { Parameters: { Account: { Type: 'String' } } },
    ),
    'the key policy imported from another stack': tpl({ Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { 'Fn::ImportValue': 'Shared-KeyPolicy' } } } }),
    'Fn::If that opens the key in one branch': tpl(
      { Key: key([use({ 'Fn::If': ['Shared', '*', ROOT] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Shared: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for addToResourcePolicy with AnyPrincipal': cdk((s) => {
      const k = new kms.Key(s, 'Key', { enableKeyRotation: true });
      k.addToResourcePolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], principals: [new iam.AnyPrincipal()], resources: ['*'] }));
    }),
  },
});
