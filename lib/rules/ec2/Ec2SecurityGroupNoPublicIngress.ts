import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { groupIngressFindings } from './groupIngress';

/**
 * No ingress rule opens a security group to a public address range, on any
 * port or protocol except ICMP. The one accepted shape is TCP 443 on a group
 * used only by load balancers (a front door).
 */
export default function Ec2SecurityGroupNoPublicIngress(r: Resource): RuleFinding[] {
  return groupIngressFindings(r, {
    frontDoorHttps: true,
    httpsHint: 'public HTTPS is accepted only on a group used solely by load balancers of this template',
  });
}
