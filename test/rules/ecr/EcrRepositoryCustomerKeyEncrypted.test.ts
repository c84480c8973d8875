import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as kms from 'aws-cdk-lib/aws-kms';
import { describeRule, tpl } from '../../support/harness';

const repo = (props: Record<string, unknown>) => ({ Type: 'AWS::ECR::Repository', Properties: props });
const KEY = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

function cdk(build: (stack: Stack) => void) {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false } as never), 'Stack');
  build(stack);
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-EcrRepositoryCustomerKeyEncrypted', {
  pass: {
    'KMS with a key of this template': tpl({ Key: KEY, Repo: repo({ EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] } } }) }),
    'KMS_DSSE with a customer key ARN': tpl({ Repo: repo({ EncryptionConfiguration: { EncryptionType: 'KMS_DSSE', KmsKey: 'arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }) }),
    'the shape CDK writes for RepositoryEncryption.KMS with a kms.Key': cdk((s) => {
      new ecr.Repository(s, 'Repo', { encryption: ecr.RepositoryEncryption.KMS, encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) });
    }),
  },
  fail: {
    'EncryptionConfiguration absent: AES256 with ECR-managed keys': tpl({ Repo: repo({}) }),
    'AES256 written out': tpl({ Repo: repo({ EncryptionConfiguration: { EncryptionType: 'AES256' } }) }),
    'KMS without KmsKey: the AWS-managed aws/ecr key': tpl({ Repo: repo({ EncryptionConfiguration: { EncryptionType: 'KMS' } }) }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Repo: repo({ EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: { Ref: 'RepoKey' } } }) },
      { Parameters: { RepoKey: { Type: 'String' } } },
    ),
    'the encryption type imported from another stack': tpl({ Key: KEY, Repo: repo({ EncryptionConfiguration: { EncryptionType: { 'Fn::ImportValue': 'Shared-Type' }, KmsKey: { Ref: 'Key' } } }) }),
    'Fn::If that falls back to AES256': tpl(
      { Key: KEY, Repo: repo({ EncryptionConfiguration: { 'Fn::If': ['OwnKey', { EncryptionType: 'KMS', KmsKey: { Ref: 'Key' } }, { EncryptionType: 'AES256' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { OwnKey: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the shape CDK writes by default (no encryption)': cdk((s) => {
      new ecr.Repository(s, 'Repo');
    }),
  },
});
