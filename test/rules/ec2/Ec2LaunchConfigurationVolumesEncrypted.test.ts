import { describeRule, tpl } from '../../support/harness';

const ebs = (name: string, e: Record<string, unknown>) => ({ DeviceName: name, Ebs: { VolumeSize: 50, ...e } });
const lc = (props: Record<string, unknown>) => ({ Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 'm5.large', ...props } });

describeRule('HealthData-Ec2LaunchConfigurationVolumesEncrypted', {
  pass: {
    'both EBS mappings encrypted': tpl({ C: lc({ BlockDeviceMappings: [ebs('/dev/sdk', { Encrypted: true }), ebs('/dev/sdf', { Encrypted: true })] }) }),
    'an encrypted EBS mapping next to an ephemeral one': tpl({ C: lc({ BlockDeviceMappings: [ebs('/dev/sdk', { Encrypted: true }), { DeviceName: '/dev/sdc', VirtualName: 'ephemeral0' }] }) }),
  },
  fail: {
    'one EBS mapping with Encrypted absent': tpl({ C: lc({ BlockDeviceMappings: [ebs('/dev/sdk', {}), ebs('/dev/sdf', { Encrypted: true })] }) }),
    'BlockDeviceMappings absent: the root volume is left to the AMI': tpl({ C: lc({}) }),
    'Encrypted from a parameter without AllowedValues (token)': tpl(
      { C: lc({ BlockDeviceMappings: [ebs('/dev/sdk', { Encrypted: { Ref: 'Enc' } })] }) }, { Parameters: { Enc: { Type: 'String', Default: 'true' } } },
    ),
    'Fn::If with one unencrypted branch': tpl(
      { C: lc({ BlockDeviceMappings: [ebs('/dev/sdk', { Encrypted: { 'Fn::If': ['Prod', 'true', 'false'] } })] }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
