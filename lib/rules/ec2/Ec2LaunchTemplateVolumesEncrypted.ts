import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { blockDeviceFindings } from './blockDevices';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  title: 'The launch template maps its EBS volumes and every one has Ebs.Encrypted true.',
  rationale: 'Every instance launched from the template gets these volumes; unencrypted, the health data they hold leaks through snapshots and retired media.',
  fix: 'Set LaunchTemplateData.BlockDeviceMappings[].Ebs.Encrypted true for the root and data volumes (CDK: ec2.LaunchTemplate blockDevices with BlockDeviceVolume.ebs(size, { encrypted: true })).',
  notes: 'Same decisions as Ec2InstanceVolumesEncrypted: absent Encrypted is false; no mappings at all is a finding (root volume left to the AMI and the account default).',
  evaluate,
});

/** Every EBS volume the LaunchTemplate maps is encrypted, and it maps its volumes rather than leaving the root volume to the AMI (see blockDevices.ts). */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => blockDeviceFindings(get(props, 'LaunchTemplateData.BlockDeviceMappings'), 'Properties.LaunchTemplateData.BlockDeviceMappings'));
}
