import type { TemplateResource } from '../../template/template';
import { PUBLIC_RANGES } from './notes';
import { defineRule, type RuleFinding } from '../rule';
import { groupIngressFindings } from './groupIngress';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  title: 'No ingress rule opens the security group to a public address range, except TCP 443 on a group used only by load balancers.',
  rationale: 'A security group open to the internet exposes the databases, file shares, shells and instances behind it that hold health data to anyone who finds the address.',
  fix: 'Restrict CidrIp/CidrIpv6 to private ranges or use SourceSecurityGroupId (CDK: securityGroup.addIngressRule(ec2.Peer.securityGroupId(...)) or connections.allowFrom(otherResource, port)); put public HTTPS on a load balancer group instead.',
  notes: `Strict by default: every resource is assumed to hold health data. The only public ingress accepted is TCP port 443 (exactly) on a front-door group: one referred to by at least one AWS::ElasticLoadBalancing(V2)::LoadBalancer and by nothing else except other groups' rules. A group used by nothing in this template is not a front door (its use is not visible). ${PUBLIC_RANGES} Egress is not judged.`,
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard fails every public ingress except ICMP, TCP 443 on a front-door group included: telling a group used only by load balancers needs every resource that refers to the group, a reverse join Guard cannot do. Private ranges are allow-listed by their text (prefix-length bounds included), so a private range written with surrounding spaces also fails.',
  },
  evaluate,
});

/**
 * No ingress rule opens a security group to a public address range, on any
 * port or protocol except ICMP. The one accepted shape is TCP 443 on a group
 * used only by load balancers (a front door).
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  return groupIngressFindings(r, {
    frontDoorHttps: true,
    httpsHint: 'public HTTPS is accepted only on a group used solely by load balancers of this template',
  });
}
