import {
  cidrSource, DATA_PORTS, ingressRules, isFrontDoorGroup, PLAINTEXT_PORTS, prefixListSource, protocolOf, publicIngress, publicIngressFindings, securityGroupsOf,
  subnetIsPublic,
} from '../../lib/template/network';
import { TemplateModel } from '../../lib/template/template';
import { describe as describeValue, Reference, Unknown } from '../../lib/template/values';

type Json = Record<string, unknown>;
const t = (resources: Json, extra: Json = {}) => TemplateModel.fromObject({ ...extra, Resources: resources });
const sg = (...ingress: Json[]) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', SecurityGroupIngress: ingress } });
const rule = (cidr: unknown, proto: unknown = 'tcp', from: unknown = 3306, to: unknown = from): Json => ({ IpProtocol: proto, FromPort: from, ToPort: to, CidrIp: cidr });
const problems = (tpl: TemplateModel, opts = {}) => publicIngress(tpl, new Reference('Sg'), opts).map((p) => p.problem);

describe('publicIngress: sources judged by address arithmetic', () => {
  test.each([
    ['0.0.0.0/0'], ['0.0.0.0/1'], ['128.0.0.0/1'], ['10.0.0.1/0'], ['8.8.8.8/32'], ['172.32.0.0/16'], ['11.0.0.0/8'],
  ])('an IPv4 source %s reaches MySQL from the internet', (cidr) => {
    expect(problems(t({ Sg: sg(rule(cidr)) }))).toEqual([expect.stringMatching(/^allows tcp port 3306 from .*a public range$/)]);
  });
  test.each([['10.0.0.0/8'], ['172.16.0.0/12'], ['192.168.1.0/24'], ['100.64.0.0/10'], ['10.1.2.3/32']])('a private source %s is not public', (cidr) => {
    expect(problems(t({ Sg: sg(rule(cidr)) }))).toEqual([]);
  });
  test('IPv6 ::/0 and a global unicast range are public; fc00::/7 is not', () => {
    expect(problems(t({ Sg: sg({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: '::/0' }) }))).toHaveLength(1);
    expect(problems(t({ Sg: sg({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: '2001:db8::/32' }) }))).toHaveLength(1);
    expect(problems(t({ Sg: sg({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: 'fd00::/8' }) }))).toEqual([]);
  });
  test('a malformed CIDR cannot be proven private', () => {
    expect(problems(t({ Sg: sg(rule('10.0.0.0/33')) }))).toEqual([expect.stringMatching(/not a CIDR range/)]);
  });
  test('a CIDR parameter without AllowedValues is unproven; with private AllowedValues it is proven', () => {
    const params = (allowed?: string[]) => ({ Parameters: { Cidr: { Type: 'String', Default: '10.0.0.0/8', ...(allowed ? { AllowedValues: allowed } : {}) } } });
    expect(problems(t({ Sg: sg(rule({ Ref: 'Cidr' })) }, params()))).toEqual([expect.stringMatching(/not proven private.*parameter 'Cidr'/)]);
    expect(problems(t({ Sg: sg(rule({ Ref: 'Cidr' })) }, params(['10.0.0.0/8', '192.168.0.0/16'])))).toEqual([]);
    expect(problems(t({ Sg: sg(rule({ Ref: 'Cidr' })) }, params(['10.0.0.0/8', '0.0.0.0/0'])))).toHaveLength(1);
  });
  test('a security-group source is never public', () => {
    expect(problems(t({ Sg: sg({ IpProtocol: '-1', SourceSecurityGroupId: 'sg-123' }, { IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, SourceSecurityGroupName: 'x' }) }))).toEqual([]);
  });
  test('a prefix list is private only when it is in the template with private entries', () => {
    const pl = (cidr: string) => ({ Type: 'AWS::EC2::PrefixList', Properties: { AddressFamily: 'IPv4', MaxEntries: 2, PrefixListName: 'p', Entries: [{ Cidr: '10.0.0.0/8' }, { Cidr: cidr }] } });
    const viaPl = { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, SourcePrefixListId: { Ref: 'Pl' } };
    expect(problems(t({ Sg: sg(viaPl), Pl: pl('192.168.0.0/16') }))).toEqual([]);
    expect(problems(t({ Sg: sg(viaPl), Pl: pl('0.0.0.0/0') }))).toHaveLength(1);
    expect(problems(t({ Sg: sg({ ...viaPl, SourcePrefixListId: 'pl-0123' }) }))).toEqual([expect.stringMatching(/SourcePrefixListId cannot be proven private/)]);
  });
});

describe('publicIngress: protocols and ports', () => {
  test('protocol "6" (tcp as a string) with the range 0-65535 covers 3306', () => {
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', '6', 0, 65535)) }), { ports: [[3306, 3306]] })).toEqual(['allows tcp all ports from 0.0.0.0/0, a public range']);
  });
  test('protocol -1, "-1" and "all" open every port, with or without FromPort', () => {
    for (const proto of [-1, '-1', 'all']) {
      expect(problems(t({ Sg: sg({ IpProtocol: proto, CidrIp: '0.0.0.0/0' }) }), { ports: [[6379, 6379]] })).toEqual([expect.stringMatching(/^allows all traffic/)]);
    }
  });
  test('udp 17 and numeric ports as strings are read', () => {
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', '17', '2049', '2049')) }), { ports: DATA_PORTS })).toEqual(['allows udp port 2049 from 0.0.0.0/0, a public range']);
  });
  test('ICMP and ICMPv6 (1/58) are not data access', () => {
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'icmp', -1, -1), rule('0.0.0.0/0', '58', -1, -1), rule('0.0.0.0/0', 1, 8, 0)) }))).toEqual([]);
  });
  test('a range that misses the ports asked about is not a problem', () => {
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 3307, 3388)) }), { ports: [[3306, 3306], [3389, 3389]] })).toEqual([]);
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 3306, 3389)) }), { ports: PLAINTEXT_PORTS })).toEqual([]);
  });
  test('tcp with -1 or absent ports is every port', () => {
    expect(problems(t({ Sg: sg({ IpProtocol: 'tcp', CidrIp: '0.0.0.0/0' }) }), { ports: [[22, 22]] })).toEqual([expect.stringMatching(/all ports/)]);
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', -1, -1)) }), { ports: [[22, 22]] })).toEqual([expect.stringMatching(/all ports/)]);
  });
  test('unknown or inverted ports fail closed unless told to ignore them', () => {
    const tpl = t({ Sg: sg(rule('0.0.0.0/0', 'tcp', { Ref: 'Port' })) }, { Parameters: { Port: { Type: 'Number' } } });
    expect(problems(tpl, { ports: [[22, 22]] })).toEqual([expect.stringMatching(/FromPort is unknown/)]);
    expect(problems(tpl, { ports: [[22, 22]], unprovenPorts: 'ignore' })).toEqual([]);
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 80, 0)) }))).toEqual([expect.stringMatching(/port range 80-0 is not valid/)]);
  });
  test('an unknown protocol fails closed', () => {
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', { 'Fn::ImportValue': 'Proto' })) }), { ports: [[22, 22]] })).toEqual([expect.stringMatching(/IpProtocol is unknown/)]);
  });
  test('allowHttps accepts exactly tcp 443, nothing wider', () => {
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 443)) }), { allowHttps: true })).toEqual([]);
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 443)) }))).toEqual(['allows tcp port 443 from 0.0.0.0/0, a public range']);
    expect(problems(t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 443, 444)) }), { allowHttps: true })).toHaveLength(1);
  });
});

describe('ingressRules: inline and standalone, with Fn::If branches', () => {
  const tpl = t({
    Sg: sg(rule('10.0.0.0/8')),
    Other: sg(),
    Open: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, ...rule('0.0.0.0/0', 'tcp', 22) } },
    ByName: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupName: { Ref: 'Sg' }, ...rule('10.0.0.0/8', 'tcp', 22) } },
    FromSg: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Other' }, IpProtocol: '-1', SourceSecurityGroupId: { Ref: 'Sg' } } },
    Maybe: {
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: { GroupId: { Ref: 'Sg' }, IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: { 'Fn::If': ['Open', '0.0.0.0/0', '10.0.0.0/8'] } },
    },
  }, { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } });

  test('lists the inline rule and every standalone rule whose GroupId/GroupName is the group (not a rule that uses it as source)', () => {
    const entries = ingressRules(tpl, 'Sg').map((e) => `${e.resource.logicalId} ${e.path} ${e.branches.join(',')}`.trim());
    expect(entries).toEqual([
      'Sg Properties.SecurityGroupIngress[0]', 'Open Properties', 'ByName Properties', 'Maybe Properties Open is true', 'Maybe Properties Open is false',
    ]);
  });
  test('a problem carries the Fn::If branch that opens the group', () => {
    const found = publicIngress(tpl, new Reference('Sg', 'GroupId'), { ports: [[5432, 5432]] });
    expect(found.map((p) => [p.entry?.resource.logicalId, p.entry?.branches])).toEqual([['Maybe', ['Open is true']]]);
  });
  test('a group not in the template is unproven (or ignored when asked)', () => {
    expect(publicIngress(tpl, 'sg-0123', {}).map((p) => p.problem)).toEqual([expect.stringMatching(/not defined in this template/)]);
    expect(publicIngress(tpl, 'sg-0123', { external: 'ignore' })).toEqual([]);
  });
});

describe('securityGroupsOf and publicIngressFindings', () => {
  const tpl = t({ Sg: sg(rule('0.0.0.0/0', 'tcp', 5432)), Db: { Type: 'AWS::RDS::DBInstance', Properties: {} } });
  test('walks lists with []', () => {
    const props = { NetworkInterfaces: [{ GroupSet: ['a', 'b'] }, { GroupSet: ['c'] }], VpcSecurityGroupIds: ['d'] };
    expect(securityGroupsOf(props, 'NetworkInterfaces[].GroupSet', 'VpcSecurityGroupIds').map((g) => `${g.path}=${g.value}`)).toEqual([
      'Properties.NetworkInterfaces[0].GroupSet[0]=a', 'Properties.NetworkInterfaces[0].GroupSet[1]=b', 'Properties.NetworkInterfaces[1].GroupSet[0]=c', 'Properties.VpcSecurityGroupIds[0]=d',
    ]);
  });
  test('reports at the consumer path, naming the group and its rule', () => {
    const f = publicIngressFindings(tpl, { VpcSecurityGroupIds: [new Reference('Sg', 'GroupId')] }, ['VpcSecurityGroupIds'], { ports: [[5432, 5432]] });
    expect(f).toEqual([expect.objectContaining({
      path: 'Properties.VpcSecurityGroupIds[0]',
      problem: 'security group Sg allows tcp port 5432 from 0.0.0.0/0, a public range (Sg Properties.SecurityGroupIngress[0])',
    })]);
  });
});

describe('isFrontDoorGroup', () => {
  const lb = { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { SecurityGroups: [{ Ref: 'Sg' }] } };
  test('a group used only by load balancers is a front door', () => {
    expect(isFrontDoorGroup(t({ Sg: sg(), Lb: lb }), 'Sg')).toBe(true);
  });
  test('a group also used by an instance, or used by nothing, is not', () => {
    expect(isFrontDoorGroup(t({ Sg: sg(), Lb: lb, I: { Type: 'AWS::EC2::Instance', Properties: { SecurityGroupIds: [{ Ref: 'Sg' }] } } }), 'Sg')).toBe(false);
    expect(isFrontDoorGroup(t({ Sg: sg() }), 'Sg')).toBe(false);
  });
});

/** A subnet associated with route table Rt, whose route R is `route`; `extra` adds or replaces resources. */
const net = (route: Json, subnet: Json = {}, extra: Json = {}) => t({
  Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
  Igw: { Type: 'AWS::EC2::InternetGateway' },
  Vgw: { Type: 'AWS::EC2::VPNGateway', Properties: { Type: 'ipsec.1' } },
  Nat: { Type: 'AWS::EC2::NatGateway', Properties: { SubnetId: 'subnet-1' } },
  Rt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
  R: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'Rt' }, ...route } },
  Sub: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24', ...subnet } },
  Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Sub' }, RouteTableId: { Ref: 'Rt' } } },
  ...extra,
}, { Parameters: { Dest: { Type: 'String' }, Suffix: { Type: 'String' } } });

describe('subnetIsPublic', () => {
  const verdict = (tpl: TemplateModel, v: unknown = new Reference('Sub')) => subnetIsPublic(tpl, v).verdict;
  test('a default route to an internet gateway makes the subnet public, IPv4 or IPv6', () => {
    expect(verdict(net({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Igw' } }))).toBe('public');
    expect(verdict(net({ DestinationIpv6CidrBlock: '::/0', GatewayId: { Ref: 'Igw' } }))).toBe('public');
    expect(verdict(net({ DestinationCidrBlock: '0.0.0.0/1', GatewayId: 'igw-0abc' }))).toBe('public');
  });
  test('a route through a NAT gateway, or to a private range, keeps it private', () => {
    expect(verdict(net({ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: { Ref: 'Nat' } }))).toBe('private');
    expect(verdict(net({ DestinationCidrBlock: '192.168.0.0/16', GatewayId: { Ref: 'Igw' } }))).toBe('private');
  });
  test('MapPublicIpOnLaunch true makes it public; a parameter leaves it unproven', () => {
    const priv = { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: { Ref: 'Nat' } };
    expect(verdict(net(priv, { MapPublicIpOnLaunch: 'true' }))).toBe('public');
    expect(verdict(net(priv, { MapPublicIpOnLaunch: { 'Fn::ImportValue': 'X' } }))).toBe('unknown');
  });
  test('a gateway given by a parameter with a public destination is unproven', () => {
    expect(verdict(t({
      Rt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: 'vpc-1' } },
      R: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'Rt' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { 'Fn::ImportValue': 'Gw' } } },
      Sub: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24' } },
      Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Sub' }, RouteTableId: { Ref: 'Rt' } } },
    }))).toBe('unknown');
  });
  test('a subnet id that is not in the template is unproven', () => {
    expect(verdict(t({ X: { Type: 'AWS::SNS::Topic' } }), 'subnet-0123')).toBe('unknown');
  });
});

/*
 * Written for survivors of the mutation run (`npm run mutate`): each case pins a
 * fail-closed verdict (a rule the model cannot read, a port it cannot prove, a
 * group or subnet it cannot see) or the exact text a person reads in a finding.
 */
const PUBLIC = 'from 0.0.0.0/0, a public range';

describe('judging one rule: what cannot be read fails closed, with the reason', () => {
  const open = (r: Json, opts = {}) => problems(t({ Sg: sg({ CidrIp: '0.0.0.0/0', ...r }) }), opts);

  test('a group without inline rules has no problem; rules that cannot be resolved are problems', () => {
    expect(problems(t({ Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g' } } }))).toEqual([]);
    const tpl = t({
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', SecurityGroupIngress: [{ 'Fn::ImportValue': 'Rule' }, 'tcp/22'] } },
      Whole: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', SecurityGroupIngress: { 'Fn::ImportValue': 'Rules' } } },
    });
    expect(publicIngress(tpl, new Reference('Sg')).map((p) => [p.entry?.path, p.problem])).toEqual([
      ['Properties.SecurityGroupIngress[0]', 'cannot be proven closed to the internet: the rule is unknown (imported from another stack with Fn::ImportValue)'],
      ['Properties.SecurityGroupIngress[1]', 'cannot be proven closed to the internet: the rule cannot be resolved'],
    ]);
    expect(publicIngress(tpl, new Reference('Whole')).map((p) => [p.entry?.path, p.problem])).toEqual([
      ['Properties.SecurityGroupIngress', 'cannot be proven closed to the internet: the rule is unknown (imported from another stack with Fn::ImportValue)'],
    ]);
  });

  test('protocols: absent, empty or unresolvable fail closed on every port; names and numbers are read', () => {
    expect(open({ FromPort: 22, ToPort: 22 })).toEqual([`cannot be proven closed to the internet: IpProtocol is absent, so every port may be open ${PUBLIC}`]);
    expect(open({ IpProtocol: '', FromPort: 22, ToPort: 22 })).toEqual([`cannot be proven closed to the internet: IpProtocol "" cannot be resolved, so every port may be open ${PUBLIC}`]);
    expect(problems(t({ Sg: sg({ IpProtocol: { Ref: 'Sg' }, CidrIp: '0.0.0.0/0' }) }))).toEqual([
      `cannot be proven closed to the internet: IpProtocol \${Sg} cannot be resolved, so every port may be open ${PUBLIC}`,
    ]);
    expect(open({ IpProtocol: ' TCP ', FromPort: 22, ToPort: 22 })).toEqual([`allows tcp port 22 ${PUBLIC}`]);
    expect(open({ IpProtocol: 'udp', FromPort: 2049, ToPort: 2049 }, { ports: [[22, 22]] })).toEqual([]);
    expect(open({ IpProtocol: 'icmpv6', FromPort: -1, ToPort: -1 })).toEqual([]);
  });

  test('protocol -1 and protocols other than tcp/udp/icmp open every port, whatever FromPort/ToPort say', () => {
    expect(open({ IpProtocol: '-1', FromPort: 22, ToPort: 22 }, { ports: [[3306, 3306]] })).toEqual([`allows all traffic (every protocol and port) ${PUBLIC}`]);
    expect(open({ IpProtocol: '47', FromPort: 22, ToPort: 22 }, { ports: [[3306, 3306]] })).toEqual([`allows protocol 47 all ports ${PUBLIC}`]);
    expect(open({ IpProtocol: 'GRE' }, { ports: [[3306, 3306]] })).toEqual([`allows protocol gre all ports ${PUBLIC}`]);
  });

  test('tcp with one port bound absent or -1 is every port', () => {
    expect(open({ IpProtocol: 'tcp', ToPort: 22 }, { ports: [[23, 23]] })).toEqual([`allows tcp all ports ${PUBLIC}`]);
    expect(open({ IpProtocol: 'tcp', FromPort: 3306 }, { ports: [[22, 22]] })).toEqual([`allows tcp all ports ${PUBLIC}`]);
    expect(open({ IpProtocol: 'tcp', FromPort: -1, ToPort: 22 }, { ports: [[23, 23]] })).toEqual([`allows tcp all ports ${PUBLIC}`]);
    expect(open({ IpProtocol: 'tcp', FromPort: 3306, ToPort: -1 }, { ports: [[22, 22]] })).toEqual([`allows tcp all ports ${PUBLIC}`]);
  });

  test('ports that are not numbers, unknown, or out of range cannot be proven closed', () => {
    const why = (r: Json) => open({ IpProtocol: 'tcp', ...r }, { ports: [[22, 22]] });
    const tail = `; tcp ${PUBLIC}`;
    expect(why({ FromPort: 'ssh', ToPort: 22 })).toEqual([`cannot be proven closed to the internet on the ports checked: FromPort "ssh" is not a number${tail}`]);
    expect(why({ FromPort: 22, ToPort: 'ssh' })).toEqual([`cannot be proven closed to the internet on the ports checked: ToPort "ssh" is not a number${tail}`]);
    expect(why({ FromPort: 22, ToPort: { 'Fn::ImportValue': 'P' } })).toEqual([
      `cannot be proven closed to the internet on the ports checked: ToPort is unknown (imported from another stack with Fn::ImportValue)${tail}`,
    ]);
    expect(why({ FromPort: -5, ToPort: 22 })).toEqual([`cannot be proven closed to the internet on the ports checked: the port range -5-22 is not valid${tail}`]);
    expect(why({ FromPort: 22, ToPort: 70000 })).toEqual([`cannot be proven closed to the internet on the ports checked: the port range 22-70000 is not valid${tail}`]);
  });

  test('the ports a rule opens are named: one port, a range, every port', () => {
    expect(open(rule('0.0.0.0/0', 'tcp', 3306, 3389))).toEqual([`allows tcp ports 3306-3389 ${PUBLIC}`]);
    expect(open(rule('0.0.0.0/0', 'tcp', 0, 22))).toEqual([`allows tcp ports 0-22 ${PUBLIC}`]);
    expect(open(rule('0.0.0.0/0', 'tcp', 22, 65535))).toEqual([`allows tcp ports 22-65535 ${PUBLIC}`]);
  });

  test('allowHttps accepts tcp 443 only: not udp 443, not a range that ends at 443', () => {
    expect(open(rule('0.0.0.0/0', 'udp', 443), { allowHttps: true })).toEqual([`allows udp port 443 ${PUBLIC}`]);
    expect(open(rule('0.0.0.0/0', 'tcp', 80, 443), { allowHttps: true })).toEqual([`allows tcp ports 80-443 ${PUBLIC}`]);
  });

  test('sources are named: a public source before an unproven one, each address property by its name', () => {
    const params = { Parameters: { Cidr: { Type: 'String' } } };
    expect(problems(t({ Sg: sg({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { Ref: 'Cidr' }, CidrIpv6: '::/0' }) }, params))).toEqual([
      'allows tcp port 22 from ::/0, a public range',
    ]);
    expect(problems(t({ Sg: sg({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: { Ref: 'Cidr' } }) }, params))).toEqual([
      'allows tcp port 22 from a source that is not proven private (CidrIpv6 cannot be proven private: parameter \'Cidr\' can be set to any value at deploy time (no default, no AllowedValues))',
    ]);
  });
});

describe('protocolOf: how IpProtocol is read', () => {
  test.each([
    [-1, 'all', 'all traffic'], ['ALL', 'all', 'all traffic'], ['6', 'tcp', 'tcp'], ['17', 'udp', 'udp'], ['udp', 'udp', 'udp'],
    ['1', 'icmp', 'icmp'], ['icmp', 'icmp', 'icmp'], ['58', 'icmp', 'icmpv6'], ['ICMPv6', 'icmp', 'icmpv6'], ['50', 'other', 'protocol 50'],
  ])('%j is %s (%s)', (value, kind, text) => {
    expect(protocolOf(value)).toEqual({ kind, text });
  });
});

describe('cidrSource and prefixListSource: the verdict on one source', () => {
  test('cidrSource: private, public, unknown, deploy-time text, not a CIDR', () => {
    expect(cidrSource('10.0.0.0/8', 'CidrIp')).toEqual({ kind: 'private', text: '10.0.0.0/8' });
    expect(cidrSource('0.0.0.0/0', 'CidrIp')).toEqual({ kind: 'public', text: '0.0.0.0/0, a public range' });
    expect(cidrSource(new Unknown('imported'), 'CIDRIP')).toEqual({ kind: 'unknown', text: 'CIDRIP cannot be proven private: imported' });
    expect(cidrSource('${Cidr}', 'CidrIp')).toEqual({ kind: 'unknown', text: 'CidrIp "${Cidr}" cannot be proven private: it is only known at deploy time' });
    expect(cidrSource(new Reference('Vpc', 'CidrBlockAssociations'), 'CidrIp')).toEqual({
      kind: 'unknown', text: 'CidrIp ${Vpc.CidrBlockAssociations} cannot be proven private: it is only known at deploy time',
    });
    expect(cidrSource('anywhere', 'CidrIp')).toEqual({ kind: 'unknown', text: 'CidrIp "anywhere" is not a CIDR range, so it cannot be proven private' });
  });

  const pl = (Entries: unknown, extra: Json = {}) => t({
    Pl: { Type: 'AWS::EC2::PrefixList', Properties: { AddressFamily: 'IPv4', MaxEntries: 2, PrefixListName: 'p', Entries } },
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
  }, extra);
  test('prefixListSource: every entry must be private, read from the template', () => {
    expect(prefixListSource(pl([{ Cidr: '10.0.0.0/8' }]), new Reference('Pl', 'PrefixListId'))).toEqual({ kind: 'private', text: 'prefix list Pl' });
    expect(prefixListSource(pl([{ Cidr: '10.0.0.0/8' }, { Cidr: '0.0.0.0/0' }]), new Reference('Pl'))).toEqual({
      kind: 'public', text: 'prefix list Pl with 0.0.0.0/0, a public range',
    });
    expect(prefixListSource(pl([{ Cidr: { Ref: 'Cidr' } }], { Parameters: { Cidr: { Type: 'String' } } }), new Reference('Pl'))).toEqual({
      kind: 'unknown', text: 'prefix list Pl entry cannot be proven private: parameter \'Cidr\' can be set to any value at deploy time (no default, no AllowedValues)',
    });
    expect(prefixListSource(pl({ 'Fn::ImportValue': 'Entries' }), new Reference('Pl'))).toEqual({ kind: 'unknown', text: 'prefix list Pl has entries that cannot be resolved' });
  });
  test('prefixListSource: a value that is not a prefix list of the template is unproven', () => {
    expect(prefixListSource(pl([]), new Reference('Vpc'))).toEqual({
      kind: 'unknown', text: 'SourcePrefixListId cannot be proven private: ${Vpc} is not a prefix list of this template',
    });
    expect(prefixListSource(pl([]), new Unknown('imported'))).toEqual({ kind: 'unknown', text: 'SourcePrefixListId cannot be proven private: imported' });
  });
});

describe('groups: which rules belong to a group, and groups the template does not show', () => {
  test('a standalone rule belongs to the group its GroupId names, not to a group it merely mentions', () => {
    const tpl = t({
      Sg: sg(),
      External: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-0external', IpProtocol: '-1', SourceSecurityGroupId: { Ref: 'Sg' } } },
      Nameless: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { IpProtocol: '-1', SourceSecurityGroupId: { Ref: 'Sg' } } },
    });
    expect(ingressRules(tpl, 'Sg')).toEqual([]);
    expect(ingressRules(tpl, 'Missing')).toEqual([]);
  });

  test('a rule written the same way in every rendering carries no branch', () => {
    const tpl = t({
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: { 'Fn::If': ['Prod', 'prod', 'dev'] }, SecurityGroupIngress: [rule('0.0.0.0/0', 'tcp', 22)] } },
    }, { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } });
    expect(ingressRules(tpl, 'Sg').map((e) => e.branches)).toEqual([[]]);
    expect(publicIngressFindings(tpl, { SecurityGroupIds: [new Reference('Sg')] }, ['SecurityGroupIds'])).toEqual([{
      path: 'Properties.SecurityGroupIds[0]',
      problem: `security group Sg allows tcp port 22 ${PUBLIC} (Sg Properties.SecurityGroupIngress[0])`,
      found: '{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"CidrIp":"0.0.0.0/0"}',
    }]);
  });

  test('a finding under one Fn::If branch names it', () => {
    const tpl = t({
      Sg: sg({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { 'Fn::If': ['Prod', '10.0.0.0/8', '0.0.0.0/0'] } }),
    }, { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } });
    expect(publicIngressFindings(tpl, { SecurityGroupIds: [new Reference('Sg')] }, ['SecurityGroupIds']).map((f) => f.branches)).toEqual([['Prod is false']]);
  });

  test('a value that is no security group of the template cannot be proven closed', () => {
    const tpl = t({ Sg: sg(), Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } });
    expect(problems(t({ Sg: { Type: 'AWS::EC2::VPC', Properties: {} } }))).toEqual([
      'security group ${Sg} cannot be proven closed to the internet: it refers to Sg (AWS::EC2::VPC), not a security group',
    ]);
    expect(publicIngress(tpl, new Unknown('imported')).map((p) => p.problem)).toEqual([
      'security group unknown (imported) cannot be proven closed to the internet: it is unknown (imported)',
    ]);
    expect(publicIngressFindings(tpl, { SecurityGroupIds: ['sg-0123'] }, ['SecurityGroupIds'])).toEqual([{
      path: 'Properties.SecurityGroupIds[0]',
      problem: 'security group "sg-0123" cannot be proven closed to the internet: it is not defined in this template, so its rules are not visible',
      found: '"sg-0123"',
    }]);
  });

  test('a group used by a load balancer and named in other groups\' rules is still a front door', () => {
    expect(isFrontDoorGroup(t({
      Sg: sg(),
      Lb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { SecurityGroups: [{ Ref: 'Sg' }] } },
      App: sg({ IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: { Ref: 'Sg' } }),
      In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-0other', IpProtocol: 'tcp', FromPort: 80, ToPort: 80, SourceSecurityGroupId: { Ref: 'Sg' } } },
    }), 'Sg')).toBe(true);
  });
});

describe('securityGroupsOf: every group a resource names, unreadable ones included', () => {
  const uses = (props: Json, ...paths: string[]) => securityGroupsOf(props, ...paths).map((g) => [g.path, describeValue(g.value)]);
  test('absent paths name no group; a single value is one group', () => {
    expect(uses({}, 'SecurityGroupIds', 'VpcConfig.SecurityGroupIds', 'NetworkInterfaces[].GroupSet')).toEqual([]);
    expect(uses({ SecurityGroup: 'sg-1' }, 'SecurityGroup')).toEqual([['Properties.SecurityGroup', '"sg-1"']]);
    expect(uses({ VpcConfig: { SecurityGroupIds: ['sg-1'] } }, 'VpcConfig.SecurityGroupIds')).toEqual([['Properties.VpcConfig.SecurityGroupIds[0]', '"sg-1"']]);
  });
  test('an unknown on the way is one group that cannot be proven closed, at the path where it stands', () => {
    const u = new Unknown('imported');
    expect(uses({ VpcConfig: u }, 'VpcConfig.SecurityGroupIds')).toEqual([['Properties.VpcConfig', 'unknown (imported)']]);
    expect(uses({ NetworkInterfaces: u }, 'NetworkInterfaces[].GroupSet')).toEqual([['Properties.NetworkInterfaces', 'unknown (imported)']]);
    expect(uses({ NetworkInterfaces: [u, null, { GroupSet: ['sg-1'] }] }, 'NetworkInterfaces[].GroupSet')).toEqual([
      ['Properties.NetworkInterfaces[0]', 'unknown (imported)'], ['Properties.NetworkInterfaces[2].GroupSet[0]', '"sg-1"'],
    ]);
  });
});

describe('subnetIsPublic: routes and gateways, judged fail closed', () => {
  const fact = (tpl: TemplateModel, v: unknown = new Reference('Sub')) => subnetIsPublic(tpl, v);

  test('a public route to an internet gateway is named in the verdict', () => {
    expect(fact(net({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Igw' } }))).toEqual({
      verdict: 'public', reason: 'subnet Sub routes "0.0.0.0/0" to internet gateway ${Igw} (route R)',
    });
    expect(fact(net({ DestinationCidrBlock: '0.0.0.0/0', DestinationIpv6CidrBlock: { Ref: 'Dest' }, GatewayId: 'igw-0abc' }))).toEqual({
      verdict: 'public', reason: expect.stringMatching(/^subnet Sub routes "0\.0\.0\.0\/0" and unknown \(parameter 'Dest' .*\) to internet gateway "igw-0abc" \(route R\)$/),
    });
  });

  test('a default route to a virtual private gateway (template or id) keeps the subnet private', () => {
    expect(fact(net({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Vgw' } }))).toEqual({
      verdict: 'private', reason: 'subnet Sub has no public IP mapping and no internet route',
    });
    expect(fact(net({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'vgw-0abc' })).verdict).toBe('private');
  });

  test('a gateway, destination or prefix list the template cannot tell leaves the subnet unproven', () => {
    expect(fact(net({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: { 'Fn::Sub': 'igw-${Suffix}' } }))).toEqual({
      verdict: 'unknown', reason: 'subnet Sub: route R of Rt cannot be proven to stay off the internet (gateway "igw-${Suffix}", destination "0.0.0.0/0")',
    });
    expect(fact(net({ DestinationCidrBlock: { Ref: 'Dest' }, GatewayId: { Ref: 'Igw' } })).reason)
      .toMatch(/^subnet Sub: route R of Rt cannot be proven to stay off the internet \(gateway \$\{Igw\}, destination unknown \(parameter 'Dest'/);
    expect(fact(net({ DestinationCidrBlock: '10.1.0.0/16', DestinationIpv6CidrBlock: { Ref: 'Dest' }, GatewayId: { Ref: 'Igw' } })).reason)
      .toMatch(/destination "10\.1\.0\.0\/16", unknown \(parameter 'Dest'/);
    expect(fact(net({ DestinationPrefixListId: 'pl-0abc', GatewayId: { Ref: 'Igw' } }))).toEqual({
      verdict: 'unknown', reason: 'subnet Sub: route R of Rt cannot be proven to stay off the internet (gateway ${Igw}, destination a prefix list)',
    });
  });

  test('a route table that is not in the template leaves the subnet unproven', () => {
    expect(fact(net({}, {}, { Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Sub' }, RouteTableId: 'rtb-0abc' } } }))).toEqual({
      verdict: 'unknown', reason: 'the route table of subnet Sub ("rtb-0abc") is not in this template',
    });
  });

  test('a route or association is judged in the renderings that name this table or subnet', () => {
    const sections = { Parameters: { Dest: { Type: 'String' } }, Conditions: { Shared: { 'Fn::Equals': [{ Ref: 'Dest' }, 'x'] } } };
    const tpl = (route: Json, assoc: Json) => t({
      Igw: { Type: 'AWS::EC2::InternetGateway' },
      Rt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: 'vpc-1' } },
      R: { Type: 'AWS::EC2::Route', Properties: { GatewayId: { Ref: 'Igw' }, DestinationCidrBlock: '0.0.0.0/0', ...route } },
      Sub: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24' } },
      Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Sub' }, RouteTableId: { Ref: 'Rt' }, ...assoc } },
    }, sections);
    expect(fact(tpl({ RouteTableId: { 'Fn::If': ['Shared', 'rtb-0shared', { Ref: 'Rt' }] } }, {})).verdict).toBe('public');
    expect(fact(tpl({ RouteTableId: { Ref: 'Rt' } }, { SubnetId: { 'Fn::If': ['Shared', 'subnet-0other', { Ref: 'Sub' }] } })).verdict).toBe('public');
  });

  test('MapPublicIpOnLaunch false (boolean or text) keeps the subnet private; true is named', () => {
    const sub = (map: unknown) => t({ Sub: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', MapPublicIpOnLaunch: map } } });
    expect(fact(sub(false)).verdict).toBe('private');
    expect(fact(sub(' False ')).verdict).toBe('private');
    expect(fact(sub(true))).toEqual({ verdict: 'public', reason: 'subnet Sub has MapPublicIpOnLaunch true' });
  });

  test('a value that is no subnet of the template is unproven, with the reason', () => {
    const tpl = net({});
    expect(fact(tpl, new Reference('Vpc'))).toEqual({ verdict: 'unknown', reason: 'subnet ${Vpc} cannot be proven private: it refers to Vpc (AWS::EC2::VPC), not a subnet' });
    expect(fact(tpl, new Unknown('imported'))).toEqual({ verdict: 'unknown', reason: 'subnet unknown (imported) cannot be proven private: it is unknown (imported)' });
    expect(fact(tpl, 'subnet-0123')).toEqual({ verdict: 'unknown', reason: 'subnet "subnet-0123" cannot be proven private: it is not defined in this template' });
  });
});
