import { describeRule, tpl } from '../../support/harness';

const fs = (props: Record<string, unknown>) => ({ Type: 'AWS::EFS::FileSystem', Properties: props });
const KEY = { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } };

describeRule('HealthData-EfsFileSystemCustomerManagedKey', {
  pass: {
    'a key of this template by GetAtt Arn (the shape CDK writes for kmsKey)': tpl({ Key: KEY, Fs: fs({ Encrypted: true, KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }) }),
    'a key of this template by Ref': tpl({ Key: KEY, Fs: fs({ Encrypted: true, KmsKeyId: { Ref: 'Key' } }) }),
    'a literal key ARN': tpl({ Fs: fs({ Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
    'a customer alias': tpl({ Fs: fs({ Encrypted: true, KmsKeyId: 'alias/health-recordings' }) }),
  },
  fail: {
    'KmsKeyId absent: the AWS-managed key aws/elasticfilesystem is used': tpl({ Fs: fs({ Encrypted: true }) }),
    'the AWS-managed alias named explicitly': tpl({ Fs: fs({ Encrypted: true, KmsKeyId: 'alias/aws/elasticfilesystem' }) }),
    'a key from a parameter without AllowedValues (token) cannot be proven customer-managed': tpl(
      { Fs: fs({ Encrypted: true, KmsKeyId: { Ref: 'KeyArn' } }) },
      { Parameters: { KeyArn: { Type: 'String' } } },
    ),
    'a key imported from another stack': tpl({ Fs: fs({ Encrypted: true, KmsKeyId: { 'Fn::ImportValue': 'Shared-Key' } }) }),
    'Fn::If with a branch that drops the key': tpl(
      { Key: KEY, Fs: fs({ Encrypted: true, KmsKeyId: { 'Fn::If': ['UseKey', { Ref: 'Key' }, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { UseKey: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'a reference to something that is not a key': tpl({
      Topic: { Type: 'AWS::SNS::Topic', Properties: {} },
      Fs: fs({ Encrypted: true, KmsKeyId: { Ref: 'Topic' } }),
    }),
  },
});
