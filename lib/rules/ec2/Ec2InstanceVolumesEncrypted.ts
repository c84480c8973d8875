import type { Resource } from '../../template/template';
import { describe, isObject } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { blockDeviceFindings } from './blockDevices';

/**
 * Every EBS volume the instance maps is encrypted, and it maps its volumes rather
 * than leaving the root volume to the AMI (see blockDevices.ts). An instance
 * without mappings that launches from a launch template of this template takes
 * the template's mappings, which Ec2LaunchTemplateVolumesEncrypted judges.
 */
export default function Ec2InstanceVolumesEncrypted(r: Resource): RuleFinding[] {
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
