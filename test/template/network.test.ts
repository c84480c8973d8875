import {
  DATA_PORTS, ingressRules, isFrontDoorGroup, PLAINTEXT_PORTS, publicIngress, publicIngressFindings, securityGroupsOf, subnetIsPublic,
} from '../../lib/template/network';
import { TemplateModel } from '../../lib/template/template';
import { Reference } from '../../lib/template/values';

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

describe('subnetIsPublic', () => {
  const net = (route: Json, subnet: Json = {}) => t({
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    Igw: { Type: 'AWS::EC2::InternetGateway' },
    Nat: { Type: 'AWS::EC2::NatGateway', Properties: { SubnetId: 'subnet-1' } },
    Rt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
    R: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'Rt' }, ...route } },
    Sub: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24', ...subnet } },
    Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Sub' }, RouteTableId: { Ref: 'Rt' } } },
  });
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
