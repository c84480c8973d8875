import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { blockDeviceFindings } from './blockDevices';

/** Every EBS volume the LaunchConfiguration maps is encrypted, and it maps its volumes rather than leaving the root volume to the AMI (see blockDevices.ts). */
export default function Ec2LaunchConfigurationVolumesEncrypted(r: Resource): RuleFinding[] {
  return perVariant(r, (props) => blockDeviceFindings(get(props, 'BlockDeviceMappings'), 'Properties.BlockDeviceMappings'));
}
