import { describeRule, tpl } from '../../support/harness';
import { DEV, VPC } from './network-fixtures';

const lc = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...props } });
const asg = (subnets: unknown) => ({
  Type: 'AWS::AutoScaling::AutoScalingGroup',
  Properties: { MinSize: '1', MaxSize: '2', LaunchConfigurationName: { Ref: 'Lc' }, ...(subnets === undefined ? { AvailabilityZones: ['eu-west-1a'] } : { VPCZoneIdentifier: subnets }) },
});

describeRule('HealthData-Ec2LaunchConfigurationNoPublicIp', {
  pass: {
    'AssociatePublicIpAddress false': tpl({ Lc: lc({ AssociatePublicIpAddress: false }) }),
    'AssociatePublicIpAddress "false" as a string, used in private subnets': tpl({ ...VPC, Lc: lc({ AssociatePublicIpAddress: 'false' }), G: asg([{ Ref: 'PrivateSubnet' }]) }),
    'absent, and the only group launches into a private subnet of this template (Guard cannot follow the group)': { template: tpl({ ...VPC, Lc: lc(), G: asg([{ Ref: 'PrivateSubnet' }]) }), guard: 'fail' },
  },
  fail: {
    'AssociatePublicIpAddress true': { template: tpl({ ...VPC, Lc: lc({ AssociatePublicIpAddress: true }), G: asg([{ Ref: 'PrivateSubnet' }]) }), flagged: ['Lc'] },
    'absent, and the group launches into a subnet routed to an internet gateway': { template: tpl({ ...VPC, Lc: lc(), G: asg([{ Ref: 'PrivateSubnet' }, { Ref: 'PublicSubnet' }]) }), flagged: ['Lc'] },
    'absent, and the group names no subnets (default VPC assigns public IPs)': { template: tpl({ Lc: lc(), G: asg(undefined) }), flagged: ['Lc'] },
    'absent, and no auto scaling group of this template uses it': tpl({ Lc: lc() }),
    'absent, and the group subnets come from a parameter (token)': {
      template: tpl({ Lc: lc(), G: asg({ Ref: 'Subnets' }) }, { Parameters: { Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' } } }),
      flagged: ['Lc'],
    },
    'Fn::If with one branch that asks for a public IP': { template: tpl({ Lc: lc({ AssociatePublicIpAddress: { 'Fn::If': ['Dev', true, false] } }) }, DEV), flagged: ['Lc'] },
  },
});
