import type { TemplateResource } from '../../template/template';
import { describe, isObject } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { blockDeviceFindings } from './blockDevices';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::EC2::Instance'],
  title: 'The instance maps its EBS volumes and every one has Ebs.Encrypted true.',
  rationale: 'Instance volumes hold the operating system, caches, logs and any health data the instance writes; unencrypted they leak through snapshots and retired media.',
  fix: 'Add BlockDeviceMappings for the root and data volumes with Ebs.Encrypted true (CDK: blockDevices: [{ deviceName, volume: ec2.BlockDeviceVolume.ebs(size, { encrypted: true }) }]).',
  notes: 'Every mapping with Ebs must say Encrypted true (absent is false: account EBS encryption by default is not visible in the template). Instance-store (VirtualName) and NoDevice mappings are skipped. Decision on the root volume: an instance with no BlockDeviceMappings leaves the root volume to the AMI snapshot and the account default, neither visible, so it is a finding; when mappings are present but the root device is not among them, the mappings are judged and the root is not guessed (its device name depends on the AMI). An instance without mappings that uses a launch template of this template is judged through Ec2LaunchTemplateVolumesEncrypted.',
  evaluate,
});

/**
 * Every EBS volume the instance maps is encrypted, and it maps its volumes rather
 * than leaving the root volume to the AMI (see blockDevices.ts). An instance
 * without mappings that launches from a launch template of this template takes
 * the template's mappings, which Ec2LaunchTemplateVolumesEncrypted judges.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => {
    const lt = props.LaunchTemplate;
    if (props.BlockDeviceMappings === undefined && lt !== undefined) {
      const id = isObject(lt) ? lt.LaunchTemplateId ?? lt.LaunchTemplateName : undefined;
      if (r.template.target(id)?.type === 'AWS::EC2::LaunchTemplate') return undefined;
      return { path: 'Properties.LaunchTemplate', problem: `cannot prove the volumes are encrypted: no BlockDeviceMappings and the launch template ${describe(id)} is not in this template`, found: describe(lt) };
    }
    return blockDeviceFindings(props.BlockDeviceMappings, 'Properties.BlockDeviceMappings');
  });
}
