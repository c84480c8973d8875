import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { interfaceFindings, launcherFindings } from './publicIp';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  title: 'The launch template gives its instances no public IP address.',
  rationale: 'Every instance launched from a template that assigns public IPs is reachable from the internet, with the health data it handles.',
  fix: 'Set LaunchTemplateData.NetworkInterfaces[0].AssociatePublicIpAddress false, or launch only into private subnets (CDK: ec2.LaunchTemplate with associatePublicIpAddress: false; AutoScalingGroup vpcSubnets private).',
  notes: 'AssociatePublicIpAddress true (or unproven) on any interface is a finding. When absent, the subnets decide: the VPCZoneIdentifier of auto scaling groups (Subnets of EKS node groups, ComputeResources.Subnets of Batch compute environments) that launch from it must be private subnets of this template; a group without subnets launches into the default VPC (public). Instances that use the template are judged by Ec2InstanceNoPublicIp. A template that nothing in this stack launches from and that does not set AssociatePublicIpAddress false cannot be proven, so it is a finding.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard requires the template to list its NetworkInterfaces and each to set AssociatePublicIpAddress false or, when left out, to be a secondary/existing interface or a primary one in a private subnet of this template (a subnet is private to Guard only as a Ref to an AWS::EC2::Subnet of this template with MapPublicIpOnLaunch absent or false whose associated route tables (by Ref) have no AWS::EC2::Route through any GatewayId, so a VPN-gateway route, a gateway route to a private destination, or an association or route naming its subnet or table other than by Ref also fails). A template that leaves the interfaces (or their subnet) out fails: the rule then judges the subnets of the auto scaling groups, node groups and compute environments that launch from it, a reverse join Guard cannot do.',
  },
  evaluate,
});

/**
 * A launch template gives its instances no public IP address: no interface sets
 * AssociatePublicIpAddress true, and where the template leaves it out, the subnets
 * its auto scaling groups (or node groups, compute environments) launch into are
 * private. Instances launched from it are judged by Ec2InstanceNoPublicIp.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  const base = 'Properties.LaunchTemplateData.NetworkInterfaces';
  return perVariant(r, (props) => {
    const nis = get(props, 'LaunchTemplateData.NetworkInterfaces');
    const viaLaunchers = () => launcherFindings(r, `${base}[0].AssociatePublicIpAddress`, ['AWS::EC2::Instance']);
    if (nis === undefined || (Array.isArray(nis) && nis.length === 0)) return viaLaunchers();
    return interfaceFindings(r.template, nis, base, () => viaLaunchers());
  });
}
