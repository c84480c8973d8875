import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { describeRule, tpl } from '../../support/harness';

type Json = Record<string, unknown>;
const sg = (...ingress: Json[]) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', VpcId: 'vpc-1', SecurityGroupIngress: ingress } });
const tcp = (port: number, cidr: unknown, to = port): Json => ({ IpProtocol: 'tcp', FromPort: port, ToPort: to, CidrIp: cidr });
const alb = (...groups: string[]) => ({ Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'], SecurityGroups: groups.map((g) => ({ 'Fn::GetAtt': [g, 'GroupId'] })) } });
const db = (group: string) => ({ Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', VPCSecurityGroups: [{ 'Fn::GetAtt': [group, 'GroupId'] }] } });
const instance = (group: string) => ({ Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', SubnetId: 'subnet-1', SecurityGroupIds: [{ Ref: group }] } });

/** A VPC of the template and a database group open on PostgreSQL to the VPC's range, read with Fn::GetAtt. */
const vpcRange = (cidr: unknown, extra: Json = {}) => tpl({
  Vpc: { Type: 'AWS::EC2::VPC', Properties: cidr === undefined ? { Ipv4IpamPoolId: 'ipam-pool-0abc', Ipv4NetmaskLength: 16 } : { CidrBlock: cidr } },
  Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', VpcId: { Ref: 'Vpc' }, SecurityGroupIngress: [tcp(5432, { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] })] } },
}, extra);

/** What CDK writes for an ec2.Vpc and a group that allows the VPC's CIDR (vpc.vpcCidrBlock) on PostgreSQL. */
function cdkVpcRange(): Json {
  const stack = new Stack(new App(), 'Stack');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const group = new ec2.SecurityGroup(stack, 'DbSg', { vpc, allowAllOutbound: false });
  group.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(5432));
  return Template.fromStack(stack).toJSON();
}

describeRule('HealthData-Ec2SecurityGroupNoPublicIngress', {
  pass: {
    'a database group open only to the VPC range': tpl({ Sg: sg(tcp(3306, '10.0.0.0/16')), Db: db('Sg') }),
    'a load balancer group open to the internet on HTTPS 443 only, IPv4 and IPv6 (Guard cannot tell a front door)': {
      template: tpl({ Sg: sg(tcp(443, '0.0.0.0/0'), { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0' }), Lb: alb('Sg') }),
      guard: 'fail',
    },
    'a group with no ingress rules': tpl({ Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g' } } }),
    'ICMP from anywhere (ping is not data access)': tpl({ Sg: sg({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0' }) }),
    'all traffic but only from another security group': tpl({ Sg: sg({ IpProtocol: '-1', SourceSecurityGroupId: 'sg-0abc' }) }),
    'a CIDR parameter whose AllowedValues are all private ranges': {
      template: tpl({ Sg: sg(tcp(5432, { Ref: 'Cidr' })) }, { Parameters: { Cidr: { Type: 'String', AllowedValues: ['10.0.0.0/8', '172.16.0.0/12'] } } }),
      guard: 'fail',
    },
    'a standalone ingress from a private range and a group open only to its peers': tpl({
      Sg: sg(),
      In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Sg' }, ...tcp(6379, '192.168.0.0/16') } },
    }),
    'PostgreSQL open only to the VPC range, read with Fn::GetAtt from a VPC of this template whose CidrBlock is private (Guard does not follow Fn::GetAtt)': {
      template: vpcRange('10.0.0.0/16'),
      guard: 'fail',
    },
    'the shape CDK writes for ec2.Vpc and a group allowing vpc.vpcCidrBlock on 5432 (Guard does not follow Fn::GetAtt)': {
      template: cdkVpcRange(),
      guard: 'fail',
    },
  },
  fail: {
    'SSH open to 0.0.0.0/0': tpl({ Sg: sg(tcp(22, '0.0.0.0/0')) }),
    'all traffic open to ::/0 with IpProtocol -1 and ports absent': tpl({ Sg: sg({ IpProtocol: '-1', CidrIpv6: '::/0' }) }),
    'MySQL open to the internet as two halves, 0.0.0.0/1 and 128.0.0.0/1': tpl({ Sg: sg(tcp(3306, '0.0.0.0/1'), tcp(3306, '128.0.0.0/1')), Db: db('Sg') }),
    'a database port inside a 0-65535 range on protocol "6" from 10.0.0.1/0 (the whole internet)': tpl({ Sg: sg({ IpProtocol: '6', FromPort: 0, ToPort: 65535, CidrIp: '10.0.0.1/0' }) }),
    'HTTPS 443 open on the group of an instance (not a front door)': { template: tpl({ Sg: sg(tcp(443, '0.0.0.0/0')), I: instance('Sg') }), flagged: ['Sg'] },
    'HTTPS 443 open on a group shared by a load balancer and a database': tpl({ Sg: sg(tcp(443, '0.0.0.0/0')), Lb: alb('Sg'), Db: db('Sg') }),
    'HTTPS 443 open on a group used by nothing in the template (its use is not visible)': tpl({ Sg: sg(tcp(443, '0.0.0.0/0')) }),
    'HTTP 80 open on a load balancer group (only 443 is accepted)': tpl({ Sg: sg(tcp(80, '0.0.0.0/0')), Lb: alb('Sg') }),
    'a standalone ingress opens PostgreSQL to the internet (flagged once, on the ingress, not on the group)': {
      template: tpl({ Sg: sg(tcp(5432, '10.0.0.0/8')), Open: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, ...tcp(5432, '0.0.0.0/0') } } }),
      flagged: ['Open'],
    },
    'tcp with FromPort and ToPort absent (every port) from a public /32': tpl({ Sg: sg({ IpProtocol: 'tcp', CidrIp: '203.0.113.7/32' }) }),
    'a CIDR from a parameter without AllowedValues (token) whose default is private': tpl(
      { Sg: sg(tcp(22, { Ref: 'SshCidr' })) },
      { Parameters: { SshCidr: { Type: 'String', Default: '10.10.10.0/24', AllowedPattern: '(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})' } } },
    ),
    'a CIDR imported from another stack': tpl({ Sg: sg(tcp(27017, { 'Fn::ImportValue': 'Shared-Cidr' })) }),
    'Fn::If with one branch that opens Redis to the internet': tpl(
      { Sg: sg(tcp(6379, { 'Fn::If': ['IsDev', '0.0.0.0/0', '10.0.0.0/8'] })) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } },
    ),
    'a port range given by a parameter on a public source (the ports cannot be proven)': tpl(
      { Sg: sg(tcp(0, '0.0.0.0/0'), { IpProtocol: 'tcp', FromPort: { Ref: 'Port' }, ToPort: { Ref: 'Port' }, CidrIp: '0.0.0.0/0' }) },
      { Parameters: { Port: { Type: 'Number', Default: 443 } } },
    ),
    'an AWS-managed prefix list as source (its entries are not in the template)': tpl({ Sg: sg({ IpProtocol: 'tcp', FromPort: 1433, ToPort: 1433, SourcePrefixListId: 'pl-02cd2c6b' }) }),
    'an inverted port range 80-0 open to the internet': tpl({ Sg: sg(tcp(80, '0.0.0.0/0', 0)) }),
    'PostgreSQL open to the VPC range, read with Fn::GetAtt, where the VPC uses a public range (52.0.0.0/16)': {
      template: vpcRange('52.0.0.0/16'),
      flagged: ['Sg'],
    },
    'PostgreSQL open to the VPC range where the VPC CidrBlock is absent (allocated from an IPAM pool: only known once deployed)': {
      template: vpcRange(undefined),
      flagged: ['Sg'],
    },
    'PostgreSQL open to the VPC range where the VPC CidrBlock is a parameter without AllowedValues (token)': {
      template: vpcRange({ Ref: 'Cidr' }, { Parameters: { Cidr: { Type: 'String', Default: '10.0.0.0/16' } } }),
      flagged: ['Sg'],
    },
    'PostgreSQL open to the VPC range where Fn::If gives the VPC a public CidrBlock in one branch': {
      template: vpcRange({ 'Fn::If': ['IsDev', '52.0.0.0/16', '10.0.0.0/16'] }, { Parameters: { Env: { Type: 'String' } }, Conditions: { IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } }),
      flagged: ['Sg'],
    },
    'a range read from an SSM parameter resource\'s Value (it can be changed outside the stack)': tpl({
      Cidr: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: '10.0.0.0/16' } },
      Sg: sg(tcp(5432, { 'Fn::GetAtt': ['Cidr', 'Value'] })),
    }),
  },
});
