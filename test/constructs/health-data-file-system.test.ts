import { Match } from 'aws-cdk-lib/assertions';
import { HealthDataFileSystem } from '../../lib/constructs';
import { network } from './fixtures';
import { synthWithChecks, templateOf } from './support';

describe('HealthDataFileSystem', () => {
  const t = templateOf((s) => { new HealthDataFileSystem(s, 'F', { network: network(s), allowFrom: { privateCidrs: ['10.1.0.0/16'] } }); });

  test('encrypted with a customer key, backups on, retained', () => {
    t.hasResource('AWS::EFS::FileSystem', {
      Properties: Match.objectLike({ Encrypted: true, KmsKeyId: Match.anyValue(), BackupPolicy: { Status: 'ENABLED' } }),
      DeletionPolicy: 'Retain',
    });
  });
  test('policy denies non-TLS and grants only IAM-authorized clients through mount targets', () => {
    t.hasResourceProperties('AWS::EFS::FileSystem', { FileSystemPolicy: { Statement: [
      Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      Match.objectLike({ Effect: 'Allow', Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }),
    ] } });
  });
  test('NFS only from the named ranges', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('EFS'), SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.1.0.0/16', FromPort: 2049 })] });
  });
  test('access point pins POSIX user and root directory', () => {
    t.hasResourceProperties('AWS::EFS::AccessPoint', { PosixUser: { Uid: '1000', Gid: '1000' }, RootDirectory: Match.objectLike({ Path: '/health-data', CreationInfo: Match.objectLike({ Permissions: '750' }) }) });
  });
  test('fails: allowAnonymousAccess is refused', () => {
    expect(() => templateOf((s) => { new HealthDataFileSystem(s, 'F', { network: network(s), allowAnonymousAccess: true } as never); }))
      .toThrow(/'allowAnonymousAccess' is not allowed on HealthDataFileSystem \(got true\)/);
  });
  test('fails: encrypted false is refused', () => {
    expect(() => templateOf((s) => { new HealthDataFileSystem(s, 'F', { network: network(s), encrypted: false } as never); }))
      .toThrow(/'encrypted' is not allowed on HealthDataFileSystem \(got false\)/);
  });
  test('fails: NFS from the internet', () => {
    expect(() => templateOf((s) => { new HealthDataFileSystem(s, 'F', { network: network(s), allowFrom: { privateCidrs: ['0.0.0.0/0'] } }); }))
      .toThrow(/'allowFrom.privateCidrs' on HealthDataFileSystem is insecure \(got "0.0.0.0\/0"\)/);
  });
  test('fails: root access point', () => {
    expect(() => templateOf((s) => { new HealthDataFileSystem(s, 'F', { network: network(s), accessPoint: { uid: '0' } }); }))
      .toThrow(/'accessPoint' on HealthDataFileSystem is insecure \(got "uid 0, gid 1000"\)/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new HealthDataFileSystem(s, 'F', { network: network(s) }); }).findings).toEqual([]);
  });
});
