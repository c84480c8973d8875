import { describeRule, tpl } from '../../support/harness';

const BASE = { GatewayARN: 'arn:aws:storagegateway:eu-west-1:111122223333:gateway/sgw-1', LocationARN: 'arn:aws:s3:::recordings', Role: 'arn:aws:iam::111122223333:role/sgw' };
const nfs = (props: Record<string, unknown>) => ({ Type: 'AWS::StorageGateway::NFSFileShare', Properties: { ...BASE, ClientList: ['10.0.0.0/16'], ...props } });
const smb = (props: Record<string, unknown>) => ({ Type: 'AWS::StorageGateway::SMBFileShare', Properties: { ...BASE, ...props } });
const volume = (props: Record<string, unknown>) => ({
  Type: 'AWS::StorageGateway::Volume',
  Properties: { GatewayARN: BASE.GatewayARN, NetworkInterfaceId: '10.0.0.5', TargetName: 'recordings', VolumeSizeInBytes: 1099511627776, ...props },
});
const tape = (props: Record<string, unknown>) => ({ Type: 'AWS::StorageGateway::Tape', Properties: { GatewayARN: BASE.GatewayARN, TapeSizeInBytes: 107374182400, ...props } });
const KEY = { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } };
const KEY_ARN = { 'Fn::GetAtt': ['Key', 'Arn'] };

describeRule('HealthData-StorageGatewayCustomerManagedKey', {
  pass: {
    'NFS share with EncryptionType SseKms and a key of the template': tpl({ Key: KEY, Share: nfs({ EncryptionType: 'SseKms', KMSKey: KEY_ARN }) }),
    'SMB share with DsseKms': tpl({ Key: KEY, Share: smb({ EncryptionType: 'DsseKms', KMSKey: KEY_ARN }) }),
    'NFS share with the deprecated KMSEncrypted "true"': tpl({ Key: KEY, Share: nfs({ KMSEncrypted: 'true', KMSKey: KEY_ARN }) }),
    'volume and tape with KMSEncrypted and a key ARN': tpl({
      Vol: volume({ KMSEncrypted: true, KMSKey: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }),
      Tape: tape({ KMSEncrypted: true, KMSKey: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }),
    }),
  },
  fail: {
    'encryption settings absent: S3-managed keys (SSE-S3) on every kind of resource': tpl({ Nfs: nfs({}), Smb: smb({}), Vol: volume({}), Tape: tape({}) }),
    'EncryptionType SseS3 overrides a KMSEncrypted true': tpl({ Key: KEY, Share: nfs({ EncryptionType: 'SseS3', KMSEncrypted: true, KMSKey: KEY_ARN }) }),
    'KMS selected but no key named': tpl({ Share: smb({ EncryptionType: 'SseKms' }) }),
    'the AWS-managed alias': tpl({ Vol: volume({ KMSEncrypted: true, KMSKey: 'alias/aws/s3' }) }),
    'the key from a parameter without AllowedValues (token)': tpl(
      { Share: nfs({ EncryptionType: 'SseKms', KMSKey: { Ref: 'KeyArn' } }) },
      { Parameters: { KeyArn: { Type: 'String' } } },
    ),
    'KMSEncrypted imported from another stack': tpl({ Key: KEY, Tape: tape({ KMSEncrypted: { 'Fn::ImportValue': 'Shared-Enc' }, KMSKey: KEY_ARN }) }),
    'Fn::If with a branch on SSE-S3': tpl(
      { Key: KEY, Share: nfs({ EncryptionType: { 'Fn::If': ['UseKms', 'SseKms', 'SseS3'] }, KMSKey: KEY_ARN }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { UseKms: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
