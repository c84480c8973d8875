import type { Resource } from '../../template/template';
import { describe } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { associateValue, launcherFindings } from './publicIp';

/**
 * A launch configuration gives its instances no public IP address:
 * AssociatePublicIpAddress is false, or, when absent, every auto scaling group
 * that uses it launches into private subnets of this template (the default is
 * the subnet's setting, true in a default VPC).
 */
export default function Ec2LaunchConfigurationNoPublicIp(r: Resource): RuleFinding[] {
  const path = 'Properties.AssociatePublicIpAddress';
  return perVariant(r, (props) => {
    const a = associateValue(props, 'AssociatePublicIpAddress', path);
    if (a === 'true') return { path, problem: 'must not be true: every instance of the group gets a public IP address', found: describe(props.AssociatePublicIpAddress) };
    if (typeof a === 'object') return a;
    if (a === 'false') return undefined;
    return launcherFindings(r, path);
  });
}
