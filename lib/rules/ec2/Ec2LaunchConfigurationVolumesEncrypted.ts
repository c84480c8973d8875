import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { blockDeviceFindings } from './blockDevices';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  title: 'The launch configuration maps its EBS volumes and every one has Ebs.Encrypted true.',
  rationale: 'Every instance of the auto scaling group gets these volumes; unencrypted, the health data they hold leaks through snapshots and retired media.',
  fix: 'Set BlockDeviceMappings[].Ebs.Encrypted true for the root and data volumes (CDK: autoscaling.AutoScalingGroup blockDevices with BlockDeviceVolume.ebs(size, { encrypted: true })).',
  notes: 'Same decisions as Ec2InstanceVolumesEncrypted: absent Encrypted is false; ephemeral (VirtualName) mappings are skipped; no mappings at all is a finding.',
  evaluate,
});

/** Every EBS volume the LaunchConfiguration maps is encrypted, and it maps its volumes rather than leaving the root volume to the AMI (see blockDevices.ts). */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => blockDeviceFindings(get(props, 'BlockDeviceMappings'), 'Properties.BlockDeviceMappings'));
}
