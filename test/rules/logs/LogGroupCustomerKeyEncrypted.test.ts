import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { describeRule, tpl } from '../../support/harness';

const group = (props: Record<string, unknown>) => ({ Type: 'AWS::Logs::LogGroup', Properties: props });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-LogGroupCustomerKeyEncrypted', {
  pass: {
    'a key of this template (Fn::GetAtt Arn)': tpl({ Key: KEY, Logs: group({ KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }) }),
    'a customer key ARN': tpl({ Logs: group({ KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
    'the shape CDK writes for encryptionKey: a kms.Key': cdk((s) => {
      new logs.LogGroup(s, 'Logs', { encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'key absent: the service key, which the data owner cannot control': tpl({ Logs: group({ RetentionInDays: 30 }) }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Logs: group({ KmsKeyId: { Ref: 'LogKey' } }) },
      { Parameters: { LogKey: { Type: 'String', Default: '' } } },
    ),
    'the key imported from another stack': tpl({ Logs: group({ KmsKeyId: { 'Fn::ImportValue': 'Shared-LogKey' } }) }),
    'Fn::If that drops the key in one branch': tpl(
      { Key: KEY, Logs: group({ KmsKeyId: { 'Fn::If': ['Encrypt', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Encrypt: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no encryptionKey)': cdk((s) => {
      new logs.LogGroup(s, 'Logs');
    }),
  },
});
