import { Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import { HealthDataNetwork } from '../../lib/constructs';
import { synthWithChecks, templateOf } from './support';

describe('HealthDataNetwork', () => {
  const t = templateOf((s) => { new HealthDataNetwork(s, 'Net'); });

  test('isolated subnets only: no internet gateway, no NAT, no public IPs', () => {
    t.resourceCountIs('AWS::EC2::InternetGateway', 0);
    t.resourceCountIs('AWS::EC2::NatGateway', 0);
    t.allResourcesProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false });
  });
  test('default security group is stripped of its rules', () => {
    t.resourceCountIs('Custom::VpcRestrictDefaultSG', 1);
  });
  test('gateway endpoints for S3 and DynamoDB', () => {
    t.resourceCountIs('AWS::EC2::VPCEndpoint', 6);
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Gateway', ServiceName: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith(['.s3'])]) }) });
  });
  test('interface endpoints accept HTTPS from the literal VPC range only', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupIngress: [Match.objectLike({ CidrIp: '10.0.0.0/16', FromPort: 443, ToPort: 443 })],
    });
  });
  test('flow logs to a KMS-encrypted log group kept a year', () => {
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365, KmsKeyId: Match.anyValue() });
    t.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs' });
  });
  test('egress only when asked', () => {
    const e = templateOf((s) => { new HealthDataNetwork(s, 'Net', { allowInternetEgress: true }); });
    e.resourceCountIs('AWS::EC2::InternetGateway', 1);
    e.resourceCountIs('AWS::EC2::NatGateway', 1);
  });
  test('fails: a public CIDR is refused', () => {
    expect(() => templateOf((s) => { new HealthDataNetwork(s, 'N', { cidr: '8.8.0.0/16' }); }))
      .toThrow(/'cidr' on HealthDataNetwork is insecure \(got "8.8.0.0\/16"\): a health-data VPC must use a private/);
  });
  test('fails: flow logs kept less than a year', () => {
    expect(() => templateOf((s) => { new HealthDataNetwork(s, 'N', { flowLogRetention: logs.RetentionDays.ONE_MONTH }); }))
      .toThrow(/'flowLogRetention' on HealthDataNetwork is insecure \(got 30\)/);
  });
  test('fails: natGateways is refused', () => {
    expect(() => templateOf((s) => { new HealthDataNetwork(s, 'N', { natGateways: 1 } as never); }))
      .toThrow(/'natGateways' is not allowed on HealthDataNetwork \(got 1\)/);
  });
  test('fails: subnetConfiguration is refused', () => {
    expect(() => templateOf((s) => { new HealthDataNetwork(s, 'N', { subnetConfiguration: [] } as never); }))
      .toThrow(/'subnetConfiguration' is not allowed on HealthDataNetwork/);
  });
  test('fails: allowInternetEgress as a token', () => {
    expect(() => templateOf((s) => { new HealthDataNetwork(s, 'N', { allowInternetEgress: Token.asAny({ Ref: 'P' }) as never }); }))
      .toThrow(/'allowInternetEgress' on HealthDataNetwork is an unresolved token/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new HealthDataNetwork(s, 'Net'); }).findings).toEqual([]);
  });
});
