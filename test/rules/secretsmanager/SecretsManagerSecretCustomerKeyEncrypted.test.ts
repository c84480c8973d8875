import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import { describeRule, tpl } from '../../support/harness';

const secret = (props: Record<string, unknown>) => ({ Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: {}, ...props } });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-SecretsManagerSecretCustomerKeyEncrypted', {
  pass: {
    'a key of this template (Ref)': tpl({ Key: KEY, Secret: secret({ KmsKeyId: { Ref: 'Key' } }) }),
    'a customer alias': tpl({ Secret: secret({ KmsKeyId: 'alias/db-credentials' }) }),
    'a replica with its own customer key': tpl({
      Key: KEY, Secret: secret({ KmsKeyId: { Ref: 'Key' }, ReplicaRegions: [{ Region: 'eu-central-1', KmsKeyId: 'arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }] }),
    }),
    'the shape CDK writes for encryptionKey: a kms.Key': cdk((s) => {
      new sm.Secret(s, 'Secret', { encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'key absent: the AWS-managed key aws/secretsmanager': tpl({ Secret: secret({}) }),
    'the AWS-managed key written out': tpl({ Secret: secret({ KmsKeyId: 'alias/aws/secretsmanager' }) }),
    'a replica region with KmsKeyId absent: aws/secretsmanager in that region': tpl({
      Key: KEY, Secret: secret({ KmsKeyId: { Ref: 'Key' }, ReplicaRegions: [{ Region: 'eu-central-1' }] }),
    }),
    'a replica region on the AWS-managed key': tpl({
      Key: KEY, Secret: secret({ KmsKeyId: { Ref: 'Key' }, ReplicaRegions: [{ Region: 'eu-central-1', KmsKeyId: 'alias/aws/secretsmanager' }] }),
    }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Secret: secret({ KmsKeyId: { Ref: 'SecretKey' } }) },
      { Parameters: { SecretKey: { Type: 'String' } } },
    ),
    'the key imported from another stack': tpl({ Secret: secret({ KmsKeyId: { 'Fn::ImportValue': 'Shared-SecretKey' } }) }),
    'Fn::If that falls back to the AWS-managed key': tpl(
      { Key: KEY, Secret: secret({ KmsKeyId: { 'Fn::If': ['OwnKey', { Ref: 'Key' }, 'alias/aws/secretsmanager'] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { OwnKey: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no encryptionKey)': cdk((s) => {
      new sm.Secret(s, 'Secret');
    }),
  },
});
