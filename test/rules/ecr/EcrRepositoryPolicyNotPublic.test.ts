import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describeRule, tpl } from '../../support/harness';

const repo = (statements: unknown) => ({ Type: 'AWS::ECR::Repository', Properties: { RepositoryPolicyText: { Version: '2012-10-17', Statement: statements } } });
const pull = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: principal, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], ...extra,
});

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-EcrRepositoryPolicyNotPublic', {
  pass: {
    'RepositoryPolicyText absent': tpl({ Repo: { Type: 'AWS::ECR::Repository', Properties: {} } }),
    'pulls allowed to one account': tpl({ Repo: repo([pull({ AWS: 'arn:aws:iam::111122223333:root' })]) }),
    'pulls allowed to "*" in the organisation': tpl({ Repo: repo([pull('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })]) }),
    'the shape CDK writes for grantPull to an account': cdk((s) => {
      new ecr.Repository(s, 'Repo').grantPull(new iam.AccountPrincipal('111122223333'));
    }),
  },
  fail: {
    'Principal "*" with no condition: anyone can pull the images': tpl({ Repo: repo([pull('*')]) }),
    'Condition absent: {AWS: "*"} may push': tpl({ Repo: repo([pull({ AWS: '*' }, { Action: ['ecr:PutImage', 'ecr:InitiateLayerUpload'] })]) }),
    'the principal from a parameter without AllowedValues (token)': tpl(
      { Repo: repo([pull({ AWS: { Ref: 'Puller' } })]) },
      { Parameters: { Puller: { Type: 'String' } } },
    ),
    'the policy imported from another stack': tpl({ Repo: { Type: 'AWS::ECR::Repository', Properties: { RepositoryPolicyText: { 'Fn::ImportValue': 'Shared-RepoPolicy' } } } }),
    'Fn::If that opens the repository in one branch': tpl(
      { Repo: repo([pull({ 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'the shape CDK writes for grantPull to AnyPrincipal': cdk((s) => {
      new ecr.Repository(s, 'Repo').grantPull(new iam.AnyPrincipal());
    }),
  },
});
