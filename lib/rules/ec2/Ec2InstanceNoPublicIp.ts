import type { Resource } from '../../template/template';
import { describe, isObject } from '../../template/values';
import { absent, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { DEFAULT_VPC, interfaceFindings, subnetFinding } from './publicIp';

type Props = Record<string, unknown>;

/** The LaunchTemplateData renderings of the template's launch template named by an instance, or a reason it is unknown. */
function launchTemplateData(r: Resource, spec: unknown): Props[] | string {
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
export default function Ec2InstanceNoPublicIp(r: Resource): RuleFinding[] {
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
