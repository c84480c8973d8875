import type { Resource } from '../../template/template';
import { describe } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * No Elastic IP is attached to an instance: an `AWS::EC2::EIP` names no
 * InstanceId, and an `AWS::EC2::EIPAssociation` names neither an InstanceId nor
 * a NetworkInterfaceId. An Elastic IP kept for a NAT gateway (AllocationId on the
 * gateway) passes.
 */
export default function Ec2ElasticIpNotOnInstance(r: Resource): RuleFinding[] {
  return perVariant(r, (props) => {
    const out: RuleFinding[] = [];
    if (props.InstanceId !== undefined) {
      out.push({ path: 'Properties.InstanceId', problem: 'must be absent: it gives the instance a public Elastic IP address', found: describe(props.InstanceId) });
    }
    if (r.type === 'AWS::EC2::EIPAssociation' && props.NetworkInterfaceId !== undefined) {
      out.push({ path: 'Properties.NetworkInterfaceId', problem: 'must be absent: it gives the network interface (and the instance it serves) a public Elastic IP address', found: describe(props.NetworkInterfaceId) });
    }
    return out;
  });
}
