import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { interfaceFindings, launcherFindings } from './publicIp';

/**
 * A launch template gives its instances no public IP address: no interface sets
 * AssociatePublicIpAddress true, and where the template leaves it out, the subnets
 * its auto scaling groups (or node groups, compute environments) launch into are
 * private. Instances launched from it are judged by Ec2InstanceNoPublicIp.
 */
export default function Ec2LaunchTemplateNoPublicIp(r: Resource): RuleFinding[] {
  const base = 'Properties.LaunchTemplateData.NetworkInterfaces';
  return perVariant(r, (props) => {
    const nis = get(props, 'LaunchTemplateData.NetworkInterfaces');
    const viaLaunchers = () => launcherFindings(r, `${base}[0].AssociatePublicIpAddress`, ['AWS::EC2::Instance']);
    if (nis === undefined || (Array.isArray(nis) && nis.length === 0)) return viaLaunchers();
    return interfaceFindings(r.template, nis, base, () => viaLaunchers());
  });
}
