/**
 * Shared by the security-group rules: judge the ingress rules written on one
 * resource (the inline rules of an `AWS::EC2::SecurityGroup`, or one standalone
 * `AWS::EC2::SecurityGroupIngress`). Each rule is judged once, where it is written,
 * so a standalone rule is never reported again on its group.
 */
import {
  groupIdsOf, inlineIngress, isFrontDoorGroup, judgeIngress, standaloneIngress, type IngressEntry, type PortRange,
} from '../../template/network';
import type { TemplateResource } from '../../template/template';
import type { RuleFinding } from '../rule';

/** The group an entry belongs to: the group itself, or the one a standalone rule names. */
function groupIdOf(resource: TemplateResource, entry: IngressEntry): string | undefined {
  if (resource.type === 'AWS::EC2::SecurityGroup') return resource.logicalId;
  const props = entry.rule as Record<string, unknown>;
  const g = groupIdsOf(props).map((v) => resource.template.target(v)).find((t) => t?.type === 'AWS::EC2::SecurityGroup');
  return g?.logicalId;
}

export interface GroupIngressOptions {
  /** Ports judged; default every port. */
  readonly ports?: readonly PortRange[];
  /** Accept public TCP 443 on a front-door (load balancer only) group. */
  readonly frontDoorHttps?: boolean;
  /** Skip rules whose ports cannot be resolved (Ec2SecurityGroupNoPublicIngress fails them already). */
  readonly ignoreUnprovenPorts?: boolean;
  /** Added to a finding about port 443 on a group that is not a front door. */
  readonly httpsHint?: string;
}

/** Findings for every ingress rule written on `resource` that opens it to public sources. */
export function groupIngressFindings(resource: TemplateResource, opts: GroupIngressOptions): RuleFinding[] {
  const entries = resource.type === 'AWS::EC2::SecurityGroup' ? inlineIngress(resource) : standaloneIngress(resource);
  const out: RuleFinding[] = [];
  for (const entry of entries) {
    const groupId = groupIdOf(resource, entry);
    const frontDoor = !!opts.frontDoorHttps && groupId !== undefined && isFrontDoorGroup(resource.template, groupId);
    const p = judgeIngress(resource.template, entry, { ports: opts.ports, allowHttps: frontDoor, unprovenPorts: opts.ignoreUnprovenPorts ? 'ignore' : 'finding' });
    if (!p) continue;
    const hint = opts.httpsHint && /tcp port 443 /.test(p.problem) ? `; ${opts.httpsHint}` : '';
    out.push({ path: entry.path, problem: `${p.problem}${hint}`, found: p.found, ...(entry.branches.length ? { branches: entry.branches } : {}) });
  }
  return out;
}
