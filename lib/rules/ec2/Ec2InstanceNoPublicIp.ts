import type { TemplateResource } from '../../template/template';
import { describe, isObject } from '../../template/values';
import { absent, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { DEFAULT_VPC, interfaceFindings, subnetFinding } from './publicIp';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::EC2::Instance'],
  title: 'The instance gets no public IP address: no interface asks for one and it is not launched into a public subnet or the default VPC.',
  rationale: 'An instance with a public IP address is one security group rule away from exposing the health data it processes or stores to the internet.',
  fix: 'Launch into a private subnet (SubnetId of a subnet with MapPublicIpOnLaunch false and no internet gateway route) or set NetworkInterfaces[0].AssociatePublicIpAddress false (CDK: vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, associatePublicIpAddress: false).',
  notes: 'AssociatePublicIpAddress true on any interface is a finding; false on the primary interface overrides the subnet. When absent, the subnet decides: a subnet with MapPublicIpOnLaunch true or a route table (SubnetRouteTableAssociation) with a route to an internet gateway for a public destination is public; a subnet not in the template is unproven. No SubnetId at all means the default VPC, whose default subnets assign public IPs (verified: AssociatePublicIpAddress defaults to the subnet setting, true in a default subnet). An instance without subnet that launches from a launch template of this template is judged by the template\'s interfaces. Elastic IPs are judged by Ec2ElasticIpNotOnInstance.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard follows the subnet and the launch template through the template, but judges routes coarsely: a subnet is private to Guard only as a Ref to an AWS::EC2::Subnet of this template with MapPublicIpOnLaunch absent or false whose associated route tables (by Ref) have no AWS::EC2::Route through any GatewayId, so a VPN-gateway route, a gateway route to a private destination, or an association or route naming its subnet or table other than by Ref also fails.',
  },
  evaluate,
});

type Props = Record<string, unknown>;

/** The LaunchTemplateData renderings of the template's launch template named by an instance, or a reason it is unknown. */
function launchTemplateData(r: TemplateResource, spec: unknown): Props[] | string {
  const id = isObject(spec) ? spec.LaunchTemplateId ?? spec.LaunchTemplateName : undefined;
  const lt = r.template.target(id);
  if (!lt || lt.type !== 'AWS::EC2::LaunchTemplate') return `its launch template ${describe(id)} is not in this template`;
  return lt.variants().map((v) => (isObject(v.value.LaunchTemplateData) ? v.value.LaunchTemplateData : {}));
}

/**
 * An instance gets no public IP address: no interface asks for one, and the
 * primary interface is not placed in a public subnet (or the default VPC)
 * without AssociatePublicIpAddress false.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => {
    const noSubnet = (path: string): RuleFinding[] => [{ path: `${path}.SubnetId`, problem: `must name a private subnet: ${DEFAULT_VPC}`, found: absent('the default VPC') }];
    const listed = (x: unknown) => x !== undefined && !(Array.isArray(x) && x.length === 0);
    if (listed(props.NetworkInterfaces)) return interfaceFindings(r.template, props.NetworkInterfaces, 'Properties.NetworkInterfaces', noSubnet);
    if (props.SubnetId !== undefined) return subnetFinding(r.template, props.SubnetId, 'Properties.SubnetId');
    if (props.LaunchTemplate !== undefined) {
      const data = launchTemplateData(r, props.LaunchTemplate);
      if (typeof data === 'string') {
        return { path: 'Properties.LaunchTemplate', problem: `cannot prove the instance gets no public IP address: no SubnetId and ${data}`, found: describe(props.LaunchTemplate) };
      }
      // The launch template's interfaces decide; report on the instance, naming the template's path.
      return data.flatMap((d) => {
        if (!listed(d.NetworkInterfaces)) return [{ path: 'Properties.SubnetId', problem: `must name a private subnet: neither the instance nor its launch template does, so ${DEFAULT_VPC}`, found: absent('the default VPC') }];
        return interfaceFindings(r.template, d.NetworkInterfaces, 'LaunchTemplateData.NetworkInterfaces', noSubnet)
          .map((f) => ({ ...f, path: 'Properties.LaunchTemplate', problem: `launch template ${f.path.replace(/\.SubnetId$/, '')}: ${f.problem}` }));
      });
    }
    return { path: 'Properties.SubnetId', problem: `must name a private subnet: ${DEFAULT_VPC}`, found: absent('the default VPC') };
  });
}
