import { describeRule, tpl } from '../../support/harness';

const url = (props: Record<string, unknown>) => ({ Type: 'AWS::Lambda::Url', Properties: { TargetFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:records', ...props } });
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-LambdaUrlIamAuth', {
  pass: {
    'a function URL with IAM authentication': tpl({ U: url({ AuthType: 'AWS_IAM' }) }),
  },
  fail: {
    'AuthType NONE lets anyone on the internet call the function': tpl({ U: url({ AuthType: 'NONE' }) }),
    'AuthType absent (required, so IAM is not stated)': tpl({ U: url({}) }),
    'an auth type parameter without AllowedValues (token)': tpl({ U: url({ AuthType: { Ref: 'Auth' } }) }, { Parameters: { Auth: { Type: 'String', Default: 'AWS_IAM' } } }),
    'Fn::If with NONE in one branch': tpl({ U: url({ AuthType: { 'Fn::If': ['IsProd', 'AWS_IAM', 'NONE'] } }) }, COND),
    'the shape CDK emits for fn.addFunctionUrl() (authType NONE by default)': tpl({
      Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::111122223333:role/r', Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: 'x' } } },
      U: url({ AuthType: 'NONE', TargetFunctionArn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }),
    }),
  },
});
