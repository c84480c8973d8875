/**
 * Network facts for rules that judge who can reach a resource: the ingress rules
 * of a security group (inline and standalone), whether they open it to public
 * address ranges on given ports, and whether a subnet is public.
 *
 * Everything is judged on what CloudFormation receives, by address arithmetic
 * (`isPrivateCidr`), never by comparing strings with `0.0.0.0/0`. What the
 * template cannot prove (a parameter without AllowedValues, an import, a group or
 * subnet that is not in the template, an invalid port range) is reported as a
 * problem that says what is unproven: callers fail closed.
 *
 * Typical use from another service's rule (e.g. a database):
 *
 * ```ts
 * perVariant(db, (props) =>
 *   publicIngressFindings(db.template, props, ['VpcSecurityGroupIds'], { ports: [[port, port]] }));
 * ```
 */
import { isPrivateCidr } from './cidr';
import type { TemplateResource, TemplateModel } from './template';
import { asArray, describe, isObject, isUnknown, num, str } from './values';

/** An inclusive port range `[from, to]`. */
export type PortRange = readonly [number, number];

/**
 * Ports on which a public source reaches data or a shell: file transfer, remote
 * shells and desktops, databases, caches, search, queues, NFS/SMB, iSCSI and
 * common application ports. 443 is listed: it is data access when the group guards
 * a data store or an instance; only a front-door (load balancer) group may open it
 * (see `isFrontDoorGroup`).
 */
export const DATA_PORTS: readonly PortRange[] = [
  [20, 23], [80, 80], [111, 111], [135, 139], [443, 443], [445, 445], [873, 873], [990, 990],
  [1433, 1433], [1521, 1521], [2049, 2049], [3260, 3260], [3306, 3306], [3389, 3389], [5000, 5001],
  [5432, 5432], [5439, 5439], [6379, 6379], [8000, 8000], [8080, 8080], [8182, 8182], [8443, 8443],
  [9000, 9000], [9092, 9098], [9200, 9200], [9300, 9300], [11211, 11211], [27017, 27019],
];

/** Ports whose usual protocols carry data in plaintext: FTP (20, 21), Telnet (23), HTTP (80, 8000, 8080). */
export const PLAINTEXT_PORTS: readonly PortRange[] = [[20, 21], [23, 23], [80, 80], [8000, 8000], [8080, 8080]];

/** Every port. */
export const ALL_PORTS: readonly PortRange[] = [[0, 65535]];

/** Resource types whose security group is a front door: public HTTPS to them is their purpose. */
export const FRONT_DOOR_TYPES: readonly string[] = [
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
];

/** Types that refer to a group without being guarded by it (rules and other groups). */
const GROUP_PLUMBING = ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'];

// ------------------------------------------------------------------ ingress rules

/** One ingress rule as CloudFormation receives it, in one `Fn::If` rendering. */
export interface IngressEntry {
  /** The resource the rule is written on: the group (inline rule) or an `AWS::EC2::SecurityGroupIngress`. */
  readonly resource: TemplateResource;
  /** Path of the rule on that resource, e.g. `Properties.SecurityGroupIngress[0]`, or `Properties` for a standalone rule. */
  readonly path: string;
  /** The resolved rule (an object with IpProtocol, FromPort, CidrIp, ...), or an `Unknown` list/entry. */
  readonly rule: unknown;
  /** `Fn::If` branches that lead to this rendering (empty when there was no choice). */
  readonly branches: readonly string[];
}

/** The inline `SecurityGroupIngress` rules of an `AWS::EC2::SecurityGroup`, one entry per rule per rendering. */
export function inlineIngress(group: TemplateResource): IngressEntry[] {
  return collapse(group.variants().flatMap((v) => {
    const list = v.value.SecurityGroupIngress;
    if (list === undefined) return [];
    if (!Array.isArray(list)) return [{ resource: group, path: 'Properties.SecurityGroupIngress', rule: list, branches: v.branches }];
    return list.map((rule, i) => ({ resource: group, path: `Properties.SecurityGroupIngress[${i}]`, rule, branches: v.branches }));
  }), group.variants().length);
}

/** A standalone `AWS::EC2::SecurityGroupIngress` (or `AWS::RDS::DBSecurityGroupIngress`) as entries, one per rendering. */
export function standaloneIngress(ingress: TemplateResource): IngressEntry[] {
  return collapse(ingress.variants().map((v) => ({ resource: ingress, path: 'Properties', rule: v.value, branches: v.branches })), ingress.variants().length);
}

/**
 * Every ingress rule of the security group `sgLogicalId`: its inline
 * `SecurityGroupIngress` plus every standalone `AWS::EC2::SecurityGroupIngress`
 * whose GroupId (or GroupName) refers to it by Ref, GetAtt GroupId or `${Id}`.
 */
export function ingressRules(template: TemplateModel, sgLogicalId: string): IngressEntry[] {
  const group = template.resource(sgLogicalId);
  const out = group && group.type === 'AWS::EC2::SecurityGroup' ? inlineIngress(group) : [];
  for (const ing of template.referrers(sgLogicalId, 'AWS::EC2::SecurityGroupIngress')) {
    const variants = ing.variants();
    const mine = variants
      .filter((v) => groupIdsOf(v.value).some((g) => template.target(g)?.logicalId === sgLogicalId))
      .map((v) => ({ resource: ing, path: 'Properties', rule: v.value, branches: v.branches }));
    out.push(...collapse(mine, variants.length));
  }
  return out;
}

/** The group values a standalone ingress/egress rule names (GroupId, else GroupName). */
export function groupIdsOf(props: Record<string, unknown>): unknown[] {
  return props.GroupId !== undefined ? [props.GroupId] : props.GroupName !== undefined ? [props.GroupName] : [];
}

/**
 * Merge the renderings of one rule: a rule identical in every rendering is one
 * entry without branches; otherwise each distinct rendering keeps its branches.
 */
function collapse(entries: IngressEntry[], renderings: number): IngressEntry[] {
  const groups = new Map<string, IngressEntry[]>();
  for (const e of entries) {
    const key = `${e.path}\u0000${describe(e.rule)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((g) => (g.length === renderings ? { ...g[0], branches: [] } : g[0]));
}

// ------------------------------------------------------------------ judging one rule

/** Where traffic comes from, as far as the template proves it. */
interface SourceFact {
  readonly kind: 'public' | 'private' | 'unknown';
  /** For messages: `0.0.0.0/0, a public range`, `parameter 'X' ...`. */
  readonly text: string;
}

type ProtocolKind = 'all' | 'tcp' | 'udp' | 'icmp' | 'other' | 'unknown';

/** How a rule's IpProtocol is read: -1/"-1"/all, tcp/6, udp/17, icmp/1, icmpv6/58, other numbers or names. */
export function protocolOf(value: unknown): { kind: ProtocolKind; text: string } {
  if (value === undefined) return { kind: 'unknown', text: 'IpProtocol is absent' };
  if (isUnknown(value)) return { kind: 'unknown', text: `IpProtocol is unknown (${value.reason})` };
  const s = str(value)?.trim().toLowerCase();
  if (s === undefined || s === '') return { kind: 'unknown', text: `IpProtocol ${describe(value)} cannot be resolved` };
  if (s === '-1' || s === 'all') return { kind: 'all', text: 'all traffic' };
  if (s === 'tcp' || s === '6') return { kind: 'tcp', text: 'tcp' };
  if (s === 'udp' || s === '17') return { kind: 'udp', text: 'udp' };
  if (s === 'icmp' || s === '1' || s === 'icmpv6' || s === '58') return { kind: 'icmp', text: s.startsWith('icmpv6') || s === '58' ? 'icmpv6' : 'icmp' };
  return { kind: 'other', text: `protocol ${s}` };
}

/**
 * The port range a rule opens, or why it cannot be proven. Protocol -1 (and
 * protocols other than tcp/udp) open every port; tcp/udp with -1 or absent ports
 * are treated as every port; an unresolvable or inverted range is unproven.
 */
export function portRangeOf(rule: Record<string, unknown>, kind: ProtocolKind): PortRange | { unknown: string } {
  if (kind === 'all' || kind === 'other' || kind === 'unknown') return [0, 65535];
  const fromRaw = rule.FromPort;
  const toRaw = rule.ToPort;
  if (isUnknown(fromRaw)) return { unknown: `FromPort is unknown (${fromRaw.reason})` };
  if (isUnknown(toRaw)) return { unknown: `ToPort is unknown (${toRaw.reason})` };
  const from = fromRaw === undefined ? -1 : num(fromRaw);
  const to = toRaw === undefined ? -1 : num(toRaw);
  if (from === undefined) return { unknown: `FromPort ${describe(fromRaw)} is not a number` };
  if (to === undefined) return { unknown: `ToPort ${describe(toRaw)} is not a number` };
  if (from === -1 || to === -1) return [0, 65535];
  if (from < 0 || to > 65535 || from > to) return { unknown: `the port range ${from}-${to} is not valid` };
  return [from, to];
}

function portsText(r: PortRange): string {
  if (r[0] === 0 && r[1] === 65535) return 'all ports';
  return r[0] === r[1] ? `port ${r[0]}` : `ports ${r[0]}-${r[1]}`;
}

/** Whether an address source (CidrIp / CidrIpv6 / CIDRIP value) is public, private or unproven. */
export function cidrSource(value: unknown, property: string): SourceFact {
  if (isUnknown(value)) return { kind: 'unknown', text: `${property} cannot be proven private: ${value.reason}` };
  const s = str(value);
  if (s === undefined) return { kind: 'unknown', text: `${property} ${describe(value)} cannot be proven private: it is only known at deploy time` };
  const priv = isPrivateCidr(s);
  if (priv === undefined) return { kind: 'unknown', text: `${property} "${s}" is not a CIDR range, so it cannot be proven private` };
  return priv ? { kind: 'private', text: `${s}` } : { kind: 'public', text: `${s}, a public range` };
}

/** Whether a SourcePrefixListId is a prefix list of this template whose entries are all private. */
export function prefixListSource(template: TemplateModel, value: unknown): SourceFact {
  const pl = template.target(value);
  if (!pl || pl.type !== 'AWS::EC2::PrefixList') {
    const why = isUnknown(value) ? value.reason : `${describe(value)} is not a prefix list of this template`;
    return { kind: 'unknown', text: `SourcePrefixListId cannot be proven private: ${why}` };
  }
  for (const v of pl.variants()) {
    const entries = v.value.Entries;
    if (!Array.isArray(entries)) return { kind: 'unknown', text: `prefix list ${pl.logicalId} has entries that cannot be resolved` };
    for (const e of entries) {
      const fact = cidrSource(isObject(e) ? e.Cidr : e, `prefix list ${pl.logicalId} entry`);
      if (fact.kind !== 'private') return { kind: fact.kind, text: fact.kind === 'public' ? `prefix list ${pl.logicalId} with ${fact.text}` : fact.text };
    }
  }
  return { kind: 'private', text: `prefix list ${pl.logicalId}` };
}

/** The address sources of one ingress rule. Security-group sources are never public. */
function sourcesOf(template: TemplateModel, rule: Record<string, unknown>): SourceFact[] {
  const out: SourceFact[] = [];
  if (rule.CidrIp !== undefined) out.push(cidrSource(rule.CidrIp, 'CidrIp'));
  if (rule.CidrIpv6 !== undefined) out.push(cidrSource(rule.CidrIpv6, 'CidrIpv6'));
  if (rule.SourcePrefixListId !== undefined) out.push(prefixListSource(template, rule.SourcePrefixListId));
  return out;
}

export interface PublicIngressOptions {
  /** Ports whose public exposure is a problem. Default: every port (any public ingress except ICMP). */
  readonly ports?: readonly PortRange[];
  /** Accept TCP 443 (exactly) from public ranges: the group is a front door. Default: false. */
  readonly allowHttps?: boolean;
  /**
   * A rule whose port range cannot be resolved: 'finding' (default, fail closed) or 'ignore' (for a rule
   * about some ports only, when another rule already fails every unproven public rule).
   */
  readonly unprovenPorts?: 'finding' | 'ignore';
  /** A group that is not in this template (id literal, parameter, import): 'finding' (default) or 'ignore'. */
  readonly external?: 'finding' | 'ignore';
}

/** One ingress rule that opens a group to public (or unproven) sources on the ports asked about. */
export interface IngressProblem {
  /** The rule, where it is written and under which branches. Absent for a group that is not in the template. */
  readonly entry?: IngressEntry;
  /** A short clause, e.g. `allows tcp port 3306 from 0.0.0.0/0, a public range`. */
  readonly problem: string;
  /** The rule as found (`describe`). */
  readonly found: string;
}

/**
 * Judge one ingress rule: the problem when it lets a public or unproven source
 * reach any of `opts.ports` over a data protocol (anything but ICMP), else undefined.
 */
export function judgeIngress(template: TemplateModel, entry: IngressEntry, opts: PublicIngressOptions = {}): IngressProblem | undefined {
  const found = describe(entry.rule);
  if (!isObject(entry.rule)) {
    return { entry, problem: `cannot be proven closed to the internet: the rule ${isUnknown(entry.rule) ? `is unknown (${entry.rule.reason})` : 'cannot be resolved'}`, found };
  }
  const rule = entry.rule;
  const sources = sourcesOf(template, rule).filter((s) => s.kind !== 'private');
  if (sources.length === 0) return undefined;
  const proto = protocolOf(rule.IpProtocol);
  if (proto.kind === 'icmp') return undefined;
  const range = portRangeOf(rule, proto.kind);
  const wanted = opts.ports ?? ALL_PORTS;
  const src = sources.find((s) => s.kind === 'public') ?? sources[0];
  const from = src.kind === 'public' ? `from ${src.text}` : `from a source that is not proven private (${src.text})`;
  if ('unknown' in range) {
    if (opts.unprovenPorts === 'ignore') return undefined;
    return { entry, problem: `cannot be proven closed to the internet on the ports checked: ${range.unknown}; ${proto.text} ${from}`, found };
  }
  if (!wanted.some((w) => w[0] <= range[1] && range[0] <= w[1])) return undefined;
  if (opts.allowHttps && proto.kind === 'tcp' && range[0] === 443 && range[1] === 443) return undefined;
  if (proto.kind === 'unknown') {
    return { entry, problem: `cannot be proven closed to the internet: ${proto.text}, so every port may be open ${from}`, found };
  }
  const what = proto.kind === 'all' ? 'all traffic (every protocol and port)' : `${proto.text} ${portsText(range)}`;
  return { entry, problem: `allows ${what} ${from}`, found };
}

/**
 * The ingress problems of a security group value (a `Reference`, a `${Id}`
 * string, or an id that is not in this template). A group that is not in the
 * template cannot be proven closed, so it is a problem unless `opts.external` is
 * 'ignore'.
 */
export function publicIngress(template: TemplateModel, sgValue: unknown, opts: PublicIngressOptions = {}): IngressProblem[] {
  const group = template.target(sgValue);
  if (!group || group.type !== 'AWS::EC2::SecurityGroup') {
    if (opts.external === 'ignore') return [];
    const why = group ? `it refers to ${group.logicalId} (${group.type}), not a security group`
      : isUnknown(sgValue) ? `it is unknown (${sgValue.reason})`
        : 'it is not defined in this template, so its rules are not visible';
    return [{ problem: `security group ${describe(sgValue)} cannot be proven closed to the internet: ${why}`, found: describe(sgValue) }];
  }
  return ingressRules(template, group.logicalId)
    .map((e) => judgeIngress(template, e, opts))
    .filter((p): p is IngressProblem => !!p);
}

/**
 * Whether a group is a front door: referred to by at least one load balancer and
 * by nothing else except other groups' rules. A group used by an instance, a
 * data store, a function, or by nothing in this template (its use is not visible)
 * is not a front door.
 */
export function isFrontDoorGroup(template: TemplateModel, sgLogicalId: string): boolean {
  const users = template.referrers(sgLogicalId).filter((r) => !GROUP_PLUMBING.includes(r.type));
  return users.length > 0 && users.every((r) => FRONT_DOOR_TYPES.includes(r.type));
}

// ------------------------------------------------------------------ groups of a resource

/** A security group value found on a resource, with its path for messages. */
export interface GroupUse {
  /** e.g. `Properties.VpcSecurityGroupIds[0]`. */
  readonly path: string;
  readonly value: unknown;
}

/**
 * The security groups named at `paths` of resolved properties. A path may walk
 * through lists with `[]`: `NetworkInterfaces[].GroupSet`. A list that cannot be
 * resolved (e.g. a `List<AWS::EC2::SecurityGroup::Id>` parameter) is one `Unknown` use.
 */
export function securityGroupsOf(props: Record<string, unknown>, ...paths: string[]): GroupUse[] {
  const out: GroupUse[] = [];
  for (const p of paths) {
    for (const { path, value } of walk(props, p.split('.'), 'Properties')) {
      if (value === undefined) continue;
      if (Array.isArray(value)) value.forEach((v, i) => out.push({ path: `${path}[${i}]`, value: v }));
      else out.push({ path, value });
    }
  }
  return out;
}

function walk(x: unknown, steps: string[], path: string): GroupUse[] {
  if (steps.length === 0) return [{ path, value: x }];
  if (isUnknown(x)) return [{ path, value: x }];
  if (!isObject(x)) return [];
  const [head, ...rest] = steps;
  const many = head.endsWith('[]');
  const key = many ? head.slice(0, -2) : head;
  const next = x[key];
  if (!many) return walk(next, rest, `${path}.${key}`);
  if (isUnknown(next)) return [{ path: `${path}.${key}`, value: next }];
  return asArray(next).flatMap((e, i) => walk(e, rest, `${path}.${key}[${i}]`));
}

/**
 * What `publicIngressFindings` reports, at a property path of the resource: the shape of a
 * rule's finding (lib/rules/rule.ts `RuleFinding`), declared here so that the facts do not
 * import the rules that use them.
 */
export interface IngressFinding {
  readonly path: string;
  readonly problem: string;
  readonly found?: string;
  readonly branches?: readonly string[];
}

/**
 * Findings for a resource whose security groups (at `paths` of `props`) open it
 * to public sources on `opts.ports`: one per offending rule, at the resource's
 * path that names the group. Use inside `perVariant`.
 */
export function publicIngressFindings(template: TemplateModel, props: Record<string, unknown>, paths: string[], opts: PublicIngressOptions = {}): IngressFinding[] {
  const out: IngressFinding[] = [];
  for (const use of securityGroupsOf(props, ...paths)) {
    for (const p of publicIngress(template, use.value, opts)) {
      const where = p.entry ? ` (${p.entry.resource.logicalId} ${p.entry.path})` : '';
      const group = p.entry ? `security group ${template.target(use.value)?.logicalId} ` : '';
      out.push({
        path: use.path,
        problem: `${group}${p.problem}${where}`,
        found: p.found,
        ...(p.entry && p.entry.branches.length ? { branches: p.entry.branches } : {}),
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------ subnets

/** Whether a subnet is public: `public`, `private`, or `unknown` with the reason. */
export interface SubnetFact {
  readonly verdict: 'public' | 'private' | 'unknown';
  readonly reason: string;
}

/**
 * Is the subnet public? Public when MapPublicIpOnLaunch is true, or when its
 * route table (through an `AWS::EC2::SubnetRouteTableAssociation`) has an
 * `AWS::EC2::Route` to an internet gateway (an `AWS::EC2::InternetGateway` of
 * the template or an `igw-` id) for a public destination (incl. `::/0`). A subnet
 * that is not in the template, or a value that cannot be resolved, is `unknown`.
 * A subnet with no association uses the VPC's main route table, which the
 * template cannot give an internet route: that part is judged private.
 */
export function subnetIsPublic(template: TemplateModel, subnetValue: unknown): SubnetFact {
  const subnet = template.target(subnetValue);
  if (!subnet || subnet.type !== 'AWS::EC2::Subnet') {
    const why = subnet ? `it refers to ${subnet.logicalId} (${subnet.type}), not a subnet`
      : isUnknown(subnetValue) ? `it is unknown (${subnetValue.reason})`
        : 'it is not defined in this template';
    return { verdict: 'unknown', reason: `subnet ${describe(subnetValue)} cannot be proven private: ${why}` };
  }
  let unknown: string | undefined;
  for (const v of subnet.variants()) {
    const map = v.value.MapPublicIpOnLaunch;
    if (map !== undefined) {
      const b = str(map)?.trim().toLowerCase();
      if (b === 'true') return { verdict: 'public', reason: `subnet ${subnet.logicalId} has MapPublicIpOnLaunch true` };
      if (b !== 'false') unknown ??= `subnet ${subnet.logicalId} MapPublicIpOnLaunch cannot be proven false (${describe(map)})`;
    }
  }
  for (const assoc of template.referrers(subnet.logicalId, 'AWS::EC2::SubnetRouteTableAssociation')) {
    for (const av of assoc.variants()) {
      if (template.target(av.value.SubnetId)?.logicalId !== subnet.logicalId) continue;
      const table = template.target(av.value.RouteTableId);
      if (!table) {
        unknown ??= `the route table of subnet ${subnet.logicalId} (${describe(av.value.RouteTableId)}) is not in this template`;
        continue;
      }
      const r = internetRoute(template, table.logicalId);
      if (r.verdict === 'public') return { verdict: 'public', reason: `subnet ${subnet.logicalId} ${r.reason}` };
      if (r.verdict === 'unknown') unknown ??= `subnet ${subnet.logicalId}: ${r.reason}`;
    }
  }
  return unknown ? { verdict: 'unknown', reason: unknown } : { verdict: 'private', reason: `subnet ${subnet.logicalId} has no public IP mapping and no internet route` };
}

/** Whether a route table of the template has a route to an internet gateway for a public destination. */
function internetRoute(template: TemplateModel, tableId: string): SubnetFact {
  let unknown: string | undefined;
  for (const route of template.referrers(tableId, 'AWS::EC2::Route')) {
    for (const v of route.variants()) {
      const p = v.value;
      if (template.target(p.RouteTableId)?.logicalId !== tableId) continue;
      if (p.GatewayId === undefined) continue;
      const gw = p.GatewayId;
      const target = template.target(gw);
      const isIgw = target ? target.type === 'AWS::EC2::InternetGateway' : typeof str(gw) === 'string' && /^igw-/i.test(str(gw)!);
      const gwUnknown = !target && !isIgw && (isUnknown(gw) || str(gw) === undefined);
      if (!isIgw && !gwUnknown) continue;
      const dests = [p.DestinationCidrBlock, p.DestinationIpv6CidrBlock].filter((d) => d !== undefined);
      let destPublic: boolean | undefined = false;
      if (p.DestinationPrefixListId !== undefined) destPublic = undefined;
      for (const d of dests) {
        const s = str(d);
        const priv = s === undefined ? undefined : isPrivateCidr(s);
        if (priv === false) destPublic = true;
        else if (priv === undefined && destPublic === false) destPublic = undefined;
      }
      if (isIgw && destPublic === true) {
        return { verdict: 'public', reason: `routes ${dests.map((d) => describe(d)).join(' and ')} to internet gateway ${describe(gw)} (route ${route.logicalId})` };
      }
      if (destPublic !== false) unknown ??= `route ${route.logicalId} of ${tableId} cannot be proven to stay off the internet (gateway ${describe(gw)}, destination ${dests.map((d) => describe(d)).join(', ') || 'a prefix list'})`;
    }
  }
  return unknown ? { verdict: 'unknown', reason: unknown } : { verdict: 'private', reason: `${tableId} has no internet route` };
}
