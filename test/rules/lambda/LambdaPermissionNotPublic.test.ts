import { describeRule, tpl } from '../../support/harness';

const perm = (props: Record<string, unknown>) => ({ Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction', FunctionName: 'records', ...props } });
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-LambdaPermissionNotPublic', {
  pass: {
    'a service principal scoped by SourceArn': tpl({ P: perm({ Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::records', SourceAccount: '111122223333' }) }),
    'a specific account': tpl({ P: perm({ Principal: '111122223333' }) }),
    '"*" scoped to the organization': tpl({ P: perm({ Principal: '*', PrincipalOrgID: 'o-abc123' }) }),
    '"*" scoped to the own account': tpl({ P: perm({ Principal: '*', SourceAccount: { Ref: 'AWS::AccountId' } }) }),
  },
  fail: {
    'Principal "*" lets any AWS account invoke the function': tpl({ P: perm({ Principal: '*' }) }),
    'a NONE-auth function URL permission for "*" (the shape CDK emits for addFunctionUrl)': tpl({ P: perm({ Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' }) }),
    'Principal absent (required) cannot be proven specific': tpl({ P: perm({}) }),
    'a principal parameter without AllowedValues (token) could be "*"': tpl({ P: perm({ Principal: { Ref: 'Caller' } }) }, { Parameters: { Caller: { Type: 'String' } } }),
    'Fn::If that drops the SourceAccount scope in one branch': tpl({ P: perm({ Principal: '*', SourceAccount: { 'Fn::If': ['IsProd', '111122223333', { Ref: 'AWS::NoValue' }] } }) }, COND),
  },
});
