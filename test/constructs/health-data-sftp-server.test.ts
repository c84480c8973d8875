import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { HealthDataBucket, HealthDataSftpServer } from '../../lib/constructs';
import { network, SSH_KEY } from './fixtures';
import { synthWithChecks, templateOf } from './support';

describe('HealthDataSftpServer', () => {
  const build = (props: Record<string, unknown> = {}) => (s: import('aws-cdk-lib').Stack) => {
    const n = network(s);
    const server = new HealthDataSftpServer(s, 'Sftp', { network: n, bucket: new HealthDataBucket(s, 'B', { retention: Duration.days(30) }), ...props });
    server.addUser('User', { userName: 'partner', sshPublicKey: SSH_KEY });
  };
  const t = templateOf(build({ allowFrom: { privateCidrs: ['10.20.0.0/16'] } }));

  test('SFTP only, VPC endpoint without Elastic IPs, current policy, logging', () => {
    t.hasResourceProperties('AWS::Transfer::Server', {
      Protocols: ['SFTP'], EndpointType: 'VPC', SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
      EndpointDetails: Match.objectLike({ AddressAllocationIds: Match.absent() }),
      LoggingRole: Match.anyValue(), StructuredLogDestinations: [Match.anyValue()],
    });
  });
  test('port 22 only from the partner range', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('SFTP'), SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.20.0.0/16', FromPort: 22 })] });
  });
  test('users are locked into a folder', () => {
    t.hasResourceProperties('AWS::Transfer::User', { HomeDirectoryType: 'LOGICAL', SshPublicKeys: [SSH_KEY] });
  });
  test('fails: Elastic IPs are refused', () => {
    expect(() => templateOf(build({ addressAllocationIds: ['eipalloc-1'] })))
      .toThrow(/'addressAllocationIds' is not allowed on HealthDataSftpServer .*internet-facing/);
  });
  test('fails: FTP is refused', () => {
    expect(() => templateOf(build({ protocols: ['FTP'] })))
      .toThrow(/'protocols' is not allowed on HealthDataSftpServer \(got \["FTP"\]\)/);
  });
  test('fails: the whole internet as partner range', () => {
    expect(() => templateOf(build({ publicPartnerCidrs: ['0.0.0.0/0'] })))
      .toThrow(/'publicPartnerCidrs' on HealthDataSftpServer is insecure \(got "0.0.0.0\/0"\)/);
  });
  test('fails: password instead of SSH key', () => {
    expect(() => templateOf((s) => {
      const srv = new HealthDataSftpServer(s, 'Sftp', { network: network(s), bucket: new HealthDataBucket(s, 'B', { retention: Duration.days(30) }) });
      srv.addUser('U', { userName: 'partner', sshPublicKey: 'hunter2' });
    })).toThrow(/'sshPublicKey' on HealthDataSftpServer is insecure \(got "hunter2"\)/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => {
      new HealthDataSftpServer(s, 'Sftp', { network: network(s), bucket: new HealthDataBucket(s, 'B', { retention: Duration.days(30) }) });
    }).findings).toEqual([]);
  });
});
