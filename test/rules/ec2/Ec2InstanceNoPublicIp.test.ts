import { describeRule, tpl } from '../../support/harness';
import { DEV, VPC } from './network-fixtures';

const instance = (props: Record<string, unknown>) => ({ Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...props } });
const ni = (props: Record<string, unknown>) => ({ DeviceIndex: '0', ...props });

describeRule('HealthData-Ec2InstanceNoPublicIp', {
  pass: {
    'an instance in a private subnet (NAT route only)': tpl({ ...VPC, I: instance({ SubnetId: { Ref: 'PrivateSubnet' } }) }),
    'an instance in a public subnet whose interface refuses a public IP': tpl({
      ...VPC, I: instance({ NetworkInterfaces: [ni({ AssociatePublicIpAddress: false, SubnetId: { Ref: 'PublicSubnet' } })] }),
    }),
    'an interface in a private subnet with AssociatePublicIpAddress absent': tpl({ ...VPC, I: instance({ NetworkInterfaces: [ni({ SubnetId: { Ref: 'PrivateSubnet' } })] }) }),
    'an instance in a subnet whose only gateway route goes to a VPN gateway (Guard fails any gateway route)': {
      template: tpl({
        ...VPC,
        Vgw: { Type: 'AWS::EC2::VPNGateway', Properties: { Type: 'ipsec.1' } },
        VpnRoute: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'PrivateRt' }, DestinationCidrBlock: '198.51.100.0/24', GatewayId: { Ref: 'Vgw' } } },
        I: instance({ SubnetId: { Ref: 'PrivateSubnet' } }),
      }),
      guard: 'fail',
    },
    'an instance without subnet that launches from a launch template placing it in a private subnet': tpl({
      ...VPC,
      Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: { Ref: 'PrivateSubnet' } }] } } },
      I: instance({ LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' } }),
    }),
  },
  fail: {
    'AssociatePublicIpAddress true on the primary interface': { template: tpl({ ...VPC, I: instance({ NetworkInterfaces: [ni({ AssociatePublicIpAddress: true, SubnetId: { Ref: 'PrivateSubnet' } })] }) }), flagged: ['I'] },
    'an instance in a subnet routed to an internet gateway, AssociatePublicIpAddress absent': { template: tpl({ ...VPC, I: instance({ SubnetId: { Ref: 'PublicSubnet' } }) }), flagged: ['I'] },
    'an instance in a subnet with MapPublicIpOnLaunch true': tpl({
      S: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', MapPublicIpOnLaunch: 'true' } },
      I: instance({ SubnetId: { Ref: 'S' } }),
    }),
    'SubnetId absent: the instance lands in the default VPC, which assigns public IPs': tpl({ I: instance({ InstanceType: 't3.micro' }) }),
    'an empty NetworkInterfaces list and no SubnetId (default VPC)': tpl({ I: instance({ NetworkInterfaces: [] }) }),
    'a subnet id from a parameter (token) cannot be proven private': tpl({ I: instance({ SubnetId: { Ref: 'Subnet' } }) }, { Parameters: { Subnet: { Type: 'AWS::EC2::Subnet::Id' } } }),
    'a subnet imported from another stack': tpl({ I: instance({ NetworkInterfaces: [ni({ SubnetId: { 'Fn::ImportValue': 'PrivateSubnet' } })] }) }),
    'AssociatePublicIpAddress from a parameter without AllowedValues': tpl(
      { ...VPC, I: instance({ NetworkInterfaces: [ni({ AssociatePublicIpAddress: { Ref: 'Pub' }, SubnetId: { Ref: 'PrivateSubnet' } })] }) },
      { Parameters: { Pub: { Type: 'String', Default: 'false' } } },
    ),
    'Fn::If with one branch that puts the instance in the public subnet': {
      template: tpl({ ...VPC, I: instance({ SubnetId: { 'Fn::If': ['Dev', { Ref: 'PublicSubnet' }, { Ref: 'PrivateSubnet' }] } }) }, DEV),
      flagged: ['I'],
    },
    'a launch template of this template that asks for a public IP': {
      template: tpl({
        ...VPC,
        Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, SubnetId: { Ref: 'PrivateSubnet' } }] } } },
        I: instance({ LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' } }),
      }),
      flagged: ['I'],
    },
  },
});
