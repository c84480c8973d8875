import { describeRule, tpl } from '../../support/harness';

const ebs = (name: string, e: Record<string, unknown>) => ({ DeviceName: name, Ebs: { VolumeSize: 20, ...e } });
const lt = (data: Record<string, unknown>) => ({ Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { ImageId: 'ami-1', ...data } } });

describeRule('HealthData-Ec2LaunchTemplateVolumesEncrypted', {
  pass: {
    'every EBS mapping encrypted': tpl({ Lt: lt({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true }), ebs('/dev/sdf', { Encrypted: 'true' })] }) }),
    'an encrypted root volume and an instance-store volume': tpl({ Lt: lt({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true }), { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }] }) }),
  },
  fail: {
    'a mapping with Encrypted absent': tpl({ Lt: lt({ BlockDeviceMappings: [ebs('/dev/xvda', {})] }) }),
    'BlockDeviceMappings absent: the root volume is left to the AMI': tpl({ Lt: lt({}) }),
    'Encrypted false on a data volume': tpl({ Lt: lt({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: true }), ebs('/dev/sdf', { Encrypted: false })] }) }),
    'Encrypted imported from another stack': tpl({ Lt: lt({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: { 'Fn::ImportValue': 'Enc' } })] }) }),
    'Fn::If with one branch that drops encryption': tpl(
      { Lt: lt({ BlockDeviceMappings: [ebs('/dev/xvda', { Encrypted: { 'Fn::If': ['Prod', true, { Ref: 'AWS::NoValue' }] } })] }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
