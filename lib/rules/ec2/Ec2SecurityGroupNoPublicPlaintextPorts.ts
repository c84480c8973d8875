import { PLAINTEXT_PORTS } from '../../template/network';
import type { TemplateResource } from '../../template/template';
import { PUBLIC_RANGES } from './notes';
import { defineRule, type RuleFinding } from '../rule';
import { groupIngressFindings } from './groupIngress';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  title: 'No ingress rule opens a plaintext port (FTP 20-21, Telnet 23, HTTP 80, 8000, 8080) to a public address range.',
  rationale: 'Plaintext protocols reachable from the internet invite clients to send health data and credentials unencrypted across networks nobody controls.',
  fix: 'Remove public ingress on ports 20, 21, 23, 80, 8000 and 8080; serve HTTPS on 443 from a load balancer (redirect HTTP to HTTPS at the load balancer listener) and use SFTP/SSH instead of FTP/Telnet.',
  notes: `Applies to every group, front door or not: a load balancer group that opens port 80 to redirect to HTTPS is also flagged; accept it explicitly with a suppression when the listener only redirects. A rule opening all ports or all traffic covers these ports. A rule whose port range cannot be resolved (parameter, inverted range) is not reported here: Ec2SecurityGroupNoPublicIngress already fails it, on every port. ${PUBLIC_RANGES}`,
  evaluate,
});

/**
 * No ingress rule opens a plaintext port (FTP 20/21, Telnet 23, HTTP 80/8000/8080)
 * to a public or unproven address range. A rule whose ports cannot be resolved is
 * left to Ec2SecurityGroupNoPublicIngress, which fails it already.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  return groupIngressFindings(r, { ports: PLAINTEXT_PORTS, ignoreUnprovenPorts: true });
}
