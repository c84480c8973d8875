import { PLAINTEXT_PORTS } from '../../template/network';
import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { groupIngressFindings } from './groupIngress';

/**
 * No ingress rule opens a plaintext port (FTP 20/21, Telnet 23, HTTP 80/8000/8080)
 * to a public or unproven address range. A rule whose ports cannot be resolved is
 * left to Ec2SecurityGroupNoPublicIngress, which fails it already.
 */
export default function Ec2SecurityGroupNoPublicPlaintextPorts(r: Resource): RuleFinding[] {
  return groupIngressFindings(r, { ports: PLAINTEXT_PORTS, ignoreUnprovenPorts: true });
}
