import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { CallRecordingArchive } from '../../lib/constructs';
import { synthWithChecks, templateOf } from './support';

const props = { retention: Duration.days(3 * 365), callCentreCidrs: ['10.20.0.0/16'] };

describe('CallRecordingArchive', () => {
  const t = templateOf((s) => { new CallRecordingArchive(s, 'A', props); });

  test('recordings expire after the retention period', () => {
    t.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 1095 })] } });
  });
  test('object access only through the VPC endpoint, except the SFTP user role', () => {
    t.hasResourceProperties('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({
      Sid: 'DenyObjectAccessOutsideVpcEndpoint',
      Condition: { StringNotEquals: { 'aws:SourceVpce': Match.anyValue() }, ArnNotEquals: { 'aws:PrincipalArn': [Match.anyValue()] } },
    })]) } });
  });
  test('SFTP from the call-centre network only', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.20.0.0/16', FromPort: 22 })] });
  });
  test('fails: no call-centre network', () => {
    expect(() => templateOf((s) => { new CallRecordingArchive(s, 'A', { ...props, callCentreCidrs: [] }); }))
      .toThrow(/'callCentreCidrs' on CallRecordingArchive is insecure \(got \[\]\)/);
  });
  test('fails: public call-centre range', () => {
    expect(() => templateOf((s) => { new CallRecordingArchive(s, 'A', { ...props, callCentreCidrs: ['0.0.0.0/0'] }); }))
      .toThrow(/'allowFrom.privateCidrs' on HealthDataSftpServer is insecure \(got "0.0.0.0\/0"\)/);
  });
  test('fails: publicReadAccess is refused', () => {
    expect(() => templateOf((s) => { new CallRecordingArchive(s, 'A', { ...props, publicReadAccess: true } as never); }))
      .toThrow(/'publicReadAccess' is not allowed on CallRecordingArchive \(got true\): call recordings are health data/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new CallRecordingArchive(s, 'A', props); }).findings).toEqual([]);
  });
});
