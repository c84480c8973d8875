import { describeRule, tpl } from '../../support/harness';
import { DEV, VPC } from './network-fixtures';

const lt = (data: Record<string, unknown>) => ({ Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { ImageId: 'ami-1', ...data } } });
const asg = (subnets: unknown) => ({
  Type: 'AWS::AutoScaling::AutoScalingGroup',
  Properties: { MinSize: '1', MaxSize: '2', LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: { 'Fn::GetAtt': ['Lt', 'LatestVersionNumber'] } }, ...(subnets === undefined ? { AvailabilityZones: ['eu-west-1a'] } : { VPCZoneIdentifier: subnets }) },
});

describeRule('HealthData-Ec2LaunchTemplateNoPublicIp', {
  pass: {
    'AssociatePublicIpAddress false on the interface': tpl({ Lt: lt({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }] }) }),
    'no interfaces, used by an auto scaling group in private subnets (Guard cannot follow the group)': { template: tpl({ ...VPC, Lt: lt({}), G: asg([{ Ref: 'PrivateSubnet' }]) }), guard: 'fail' },
    'no interfaces, used by an instance (judged as an instance; Guard cannot follow the instance)': {
      template: tpl({
        ...VPC, Lt: lt({}), I: { Type: 'AWS::EC2::Instance', Properties: { SubnetId: { Ref: 'PrivateSubnet' }, LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: '1' } } },
      }),
      guard: 'fail',
    },
    'an interface in a private subnet of this template with AssociatePublicIpAddress absent': tpl({ ...VPC, Lt: lt({ NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: { Ref: 'PrivateSubnet' } }] }) }),
  },
  fail: {
    'AssociatePublicIpAddress true gives every instance a public IP': { template: tpl({ Lt: lt({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: 'true' }] }) }), flagged: ['Lt'] },
    'AssociatePublicIpAddress absent and the group launches into a subnet routed to the internet': { template: tpl({ ...VPC, Lt: lt({}), G: asg([{ Ref: 'PublicSubnet' }]) }), flagged: ['Lt'] },
    'AssociatePublicIpAddress absent and the group has no subnets (default VPC)': { template: tpl({ Lt: lt({}), G: asg(undefined) }), flagged: ['Lt'] },
    'AssociatePublicIpAddress absent and nothing in the template launches from it': tpl({ Lt: lt({}) }),
    'the group subnets from a List<AWS::EC2::Subnet::Id> parameter (token)': {
      template: tpl({ Lt: lt({}), G: asg({ Ref: 'Subnets' }) }, { Parameters: { Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' } } }),
      flagged: ['Lt'],
    },
    'Fn::If with one branch that asks for a public IP': {
      template: tpl({ Lt: lt({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: { 'Fn::If': ['Dev', true, false] } }] }) }, DEV),
      flagged: ['Lt'],
    },
  },
});
