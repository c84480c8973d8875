import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describeRule, tpl } from '../../support/harness';

const key = (props: Record<string, unknown>) => ({ Type: 'AWS::KMS::Key', Properties: props });

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-KmsKeyRotationEnabled', {
  pass: {
    'rotation on': tpl({ Key: key({ EnableKeyRotation: true }) }),
    'rotation on as a string, SYMMETRIC_DEFAULT written out': tpl({ Key: key({ EnableKeyRotation: 'true', KeySpec: 'SYMMETRIC_DEFAULT' }) }),
    'an asymmetric signing key (cannot rotate automatically)': tpl({ Key: key({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }) }),
    'an HMAC key (cannot rotate automatically)': tpl({ Key: key({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }) }),
    'imported key material (Origin EXTERNAL, cannot rotate automatically)': tpl({ Key: key({ Origin: 'EXTERNAL' }) }),
    'the shape CDK writes for enableKeyRotation: true': cdk((s) => {
      new kms.Key(s, 'Key', { enableKeyRotation: true });
    }),
  },
  fail: {
    'EnableKeyRotation absent on a symmetric key: never rotated': tpl({ Key: key({ Description: 'records key' }) }),
    'rotation switched off': tpl({ Key: key({ EnableKeyRotation: false, KeySpec: 'SYMMETRIC_DEFAULT' }) }),
    'rotation from a parameter without AllowedValues (token)': tpl(
      { Key: key({ EnableKeyRotation: { Ref: 'Rotate' } }) },
      { Parameters: { Rotate: { Type: 'String', Default: 'true' } } },
    ),
    'the key spec from a parameter without AllowedValues: symmetric cannot be excluded': tpl(
      { Key: key({ KeySpec: { Ref: 'Spec' } }) },
      { Parameters: { Spec: { Type: 'String', Default: 'RSA_2048' } } },
    ),
    'rotation imported from another stack': tpl({ Key: key({ EnableKeyRotation: { 'Fn::ImportValue': 'Shared-Rotate' } }) }),
    'Fn::If that switches rotation off in one branch': tpl(
      { Key: key({ EnableKeyRotation: { 'Fn::If': ['IsProd', true, false] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no enableKeyRotation)': cdk((s) => {
      new kms.Key(s, 'Key');
    }),
  },
});
