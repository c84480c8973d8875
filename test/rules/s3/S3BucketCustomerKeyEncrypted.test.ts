import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';

const key = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };
const sse = (byDefault: unknown, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::S3::Bucket',
  Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: byDefault, ...extra }] } },
});

describeRule('HealthData-S3BucketCustomerKeyEncrypted', {
  pass: {
    'SSE-KMS with Ref to a key of the template': tpl({ Key: key, Bucket: sse({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: 'Key' } }, { BucketKeyEnabled: true }) }),
    'an alias ARN built from pseudo parameters and a literal alias name': tpl({
      Bucket: sse({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::Sub': 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/health-data' } }),
    }),
    'DSSE-KMS with a customer key ARN': tpl({ Bucket: sse({ SSEAlgorithm: 'aws:kms:dsse', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
    'the bucket CDK writes for encryption: KMS with its own key': cdkTemplate((s) => new s3.Bucket(s, 'Data', { encryption: s3.BucketEncryption.KMS })),
    'the bucket CDK writes with encryptionKey': cdkTemplate((s) => new s3.Bucket(s, 'Data', { encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }) })),
  },
  fail: {
    'BucketEncryption absent: SSE-S3 keys the customer cannot control': tpl({ Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } }),
    'the bucket CDK writes by default (S3-managed keys)': cdkTemplate((s) => new s3.Bucket(s, 'Data')),
    'AES256 (SSE-S3)': tpl({ Bucket: sse({ SSEAlgorithm: 'AES256' }) }),
    'aws:kms without a key uses the AWS-managed aws/s3 key': tpl({ Bucket: sse({ SSEAlgorithm: 'aws:kms' }) }),
    'the AWS-managed alias/aws/s3': tpl({ Bucket: sse({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/aws/s3' }) }),
    'an alias ARN whose alias name is a parameter defaulting to aws/s3 (parameter)': tpl(
      { Bucket: sse({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::Sub': 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/${KeyAlias}' } }) },
      { Parameters: { KeyAlias: { Type: 'String', Default: 'aws/s3' } } },
    ),
    'BucketEncryption from a parameter rendered by Fn::Sub: a string, not the object the rule reads': tpl(
      { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketEncryption: { 'Fn::Sub': '${Enc}' } } } },
      { Parameters: { Enc: { Type: 'String' } } },
    ),
    'the bucket CDK writes for KMS_MANAGED': cdkTemplate((s) => new s3.Bucket(s, 'Data', { encryption: s3.BucketEncryption.KMS_MANAGED })),
    'a key from a parameter without AllowedValues (token)': tpl(
      { Bucket: sse({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: 'KeyArn' } }) },
      { Parameters: { KeyArn: { Type: 'String' } } },
    ),
    'an algorithm imported from another stack': tpl({ Bucket: sse({ SSEAlgorithm: { 'Fn::ImportValue': 'Algo' } }) }),
    'Fn::If with an SSE-S3 branch': tpl(
      { Key: key, Bucket: sse({ 'Fn::If': ['UseKms', { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: 'Key' } }, { SSEAlgorithm: 'AES256' }] }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { UseKms: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'a second encryption rule that falls back to SSE-S3': tpl({
      Key: key,
      Bucket: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: 'Key' } } },
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
            ],
          },
        },
      },
    }),
  },
});
