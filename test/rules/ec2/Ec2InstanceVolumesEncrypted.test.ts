import { describeRule, tpl } from '../../support/harness';

const ebs = (name: string, e: Record<string, unknown>) => ({ DeviceName: name, Ebs: { VolumeSize: 20, ...e } });
const instance = (props: Record<string, unknown>) => ({ Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', SubnetId: 'subnet-1', ...props } });

describeRule('HealthData-Ec2InstanceVolumesEncrypted', {
  pass: {
    'root and data volumes mapped with Encrypted true': tpl({ I: instance({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true }), ebs('/dev/sdf', { Encrypted: 'true' })] }) }),
    'an encrypted EBS volume next to an instance-store and a suppressed device': tpl({
      I: instance({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true }), { DeviceName: '/dev/sdc', VirtualName: 'ephemeral0' }, { DeviceName: '/dev/sdd', NoDevice: {} }] }),
    }),
    'no mappings but a launch template of this template (judged there)': tpl({
      Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true })] } } },
      I: instance({ LaunchTemplate: { LaunchTemplateId: { Ref: 'Lt' }, Version: { 'Fn::GetAtt': ['Lt', 'LatestVersionNumber'] } } }),
    }),
  },
  fail: {
    'a data volume with Encrypted absent': tpl({ I: instance({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true }), ebs('/dev/sdf', {})] }) }),
    'Encrypted false on the root volume': tpl({ I: instance({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: false })] }) }),
    'BlockDeviceMappings absent: the root volume is left to the AMI and the account default': tpl({ I: instance({}) }),
    'Encrypted from a parameter without AllowedValues (token)': tpl(
      { I: instance({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: { Ref: 'Enc' } })] }) }, { Parameters: { Enc: { Type: 'String' } } },
    ),
    'a launch template imported from another stack and no mappings': tpl({ I: instance({ LaunchTemplate: { LaunchTemplateId: { 'Fn::ImportValue': 'Lt' }, Version: '1' } }) }),
    'Fn::If with one unencrypted branch': tpl(
      { I: instance({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: { 'Fn::If': ['Prod', true, false] } })] }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
