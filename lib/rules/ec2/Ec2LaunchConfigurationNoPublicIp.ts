import type { TemplateResource } from '../../template/template';
import { describe } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { associateValue, launcherFindings } from './publicIp';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  title: 'The launch configuration gives its instances no public IP address.',
  rationale: 'Every instance of an auto scaling group with public IPs is reachable from the internet, with the health data it handles.',
  fix: 'Set AssociatePublicIpAddress false and give the auto scaling group private subnets in VPCZoneIdentifier (CDK: prefer a LaunchTemplate with associatePublicIpAddress: false; vpcSubnets private).',
  notes: 'Verified default: when AssociatePublicIpAddress is absent, instances get a public IPv4 address in a default subnet and follow the subnet\'s public IP setting in a nondefault one. So absence is judged through the auto scaling groups that use the configuration: every VPCZoneIdentifier subnet must be provably private (subnetIsPublic); no VPCZoneIdentifier (default VPC), a subnet list parameter, or no group in this template is a finding.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard requires AssociatePublicIpAddress false: when it is absent the rule judges the VPCZoneIdentifier subnets of the auto scaling groups that use the configuration, a reverse join Guard cannot do, so absence fails.',
  },
  evaluate,
});

/**
 * A launch configuration gives its instances no public IP address:
 * AssociatePublicIpAddress is false, or, when absent, every auto scaling group
 * that uses it launches into private subnets of this template (the default is
 * the subnet's setting, true in a default VPC).
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  const path = 'Properties.AssociatePublicIpAddress';
  return perVariant(r, (props) => {
    const a = associateValue(props, 'AssociatePublicIpAddress', path);
    if (a === 'true') return { path, problem: 'must not be true: every instance of the group gets a public IP address', found: describe(props.AssociatePublicIpAddress) };
    if (typeof a === 'object') return a;
    if (a === 'false') return undefined;
    return launcherFindings(r, path);
  });
}
