import type { TemplateResource } from '../../template/template';
import { describe } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::EC2::EIP', 'AWS::EC2::EIPAssociation'],
  title: 'No Elastic IP address is attached to an instance or a network interface.',
  rationale: 'An Elastic IP gives the instance a fixed public address on the internet, exposing the health data it handles to scanning and attack.',
  fix: 'Remove InstanceId from AWS::EC2::EIP and the AWS::EC2::EIPAssociation; reach the instance through a load balancer, Session Manager or a VPN (CDK: drop ec2.CfnEIP/CfnEIPAssociation for the instance).',
  notes: 'An EIP without InstanceId (e.g. allocated for a NAT gateway) passes. An EIPAssociation to a NetworkInterfaceId is flagged too: the interface serves an instance or another endpoint that becomes public.',
  evaluate,
});

/**
 * No Elastic IP is attached to an instance: an `AWS::EC2::EIP` names no
 * InstanceId, and an `AWS::EC2::EIPAssociation` names neither an InstanceId nor
 * a NetworkInterfaceId. An Elastic IP kept for a NAT gateway (AllocationId on the
 * gateway) passes.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
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
