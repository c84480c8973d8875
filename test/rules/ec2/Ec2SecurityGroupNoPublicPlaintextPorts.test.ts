import { describeRule, tpl } from '../../support/harness';

type Json = Record<string, unknown>;
const sg = (...ingress: Json[]) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', SecurityGroupIngress: ingress } });
const tcp = (port: number, cidr: unknown, to = port): Json => ({ IpProtocol: 'tcp', FromPort: port, ToPort: to, CidrIp: cidr });

describeRule('HealthData-Ec2SecurityGroupNoPublicPlaintextPorts', {
  pass: {
    'HTTPS 443 open to the internet (encrypted)': tpl({ Sg: sg(tcp(443, '0.0.0.0/0')) }),
    'HTTP 80 open only inside the VPC': tpl({ Sg: sg(tcp(80, '10.0.0.0/16'), tcp(8080, '172.16.0.0/12')) }),
    'a public range on ports 8001-8079, between the plaintext web ports': tpl({ Sg: sg(tcp(8001, '0.0.0.0/0', 8079)) }),
    'a group with no ingress rules': tpl({ Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g' } } }),
    'ports from a parameter (left to Ec2SecurityGroupNoPublicIngress, which fails it)': tpl(
      { Sg: sg({ IpProtocol: 'tcp', FromPort: { Ref: 'Port' }, ToPort: { Ref: 'Port' }, CidrIp: '0.0.0.0/0' }) },
      { Parameters: { Port: { Type: 'Number', Default: 6379 } } },
    ),
  },
  fail: {
    'HTTP 80 open to the internet': tpl({ Sg: sg(tcp(80, '0.0.0.0/0')) }),
    'Telnet 23 open to ::/0': tpl({ Sg: sg({ IpProtocol: 'tcp', FromPort: 23, ToPort: 23, CidrIpv6: '::/0' }) }),
    'FTP 20-21 inside a wider range 1-1024 from a public /24': tpl({ Sg: sg(tcp(1, '198.51.100.0/24', 1024)) }),
    'all traffic (-1, ports absent) from the internet covers every plaintext port': tpl({ Sg: sg({ IpProtocol: -1, CidrIp: '0.0.0.0/0' }) }),
    'a standalone ingress opening 8080 to the internet (flagged on the ingress only)': {
      template: tpl({ Sg: sg(), In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Sg' }, ...tcp(8080, '0.0.0.0/0') } } }),
      flagged: ['In'],
    },
    'HTTP 80 from a CIDR parameter without AllowedValues (token)': tpl(
      { Sg: sg(tcp(80, { Ref: 'Cidr' })) },
      { Parameters: { Cidr: { Type: 'String', Default: '0.0.0.0/0' } } },
    ),
    'HTTP 8000 from an imported CIDR': tpl({ Sg: sg(tcp(8000, { 'Fn::ImportValue': 'Cidr' })) }),
    'Fn::If with one branch that opens port 80 to the internet': tpl(
      { Sg: sg(tcp(80, { 'Fn::If': ['Public', '0.0.0.0/0', '10.0.0.0/8'] })) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Public: { 'Fn::Equals': [{ Ref: 'Env' }, 'public'] } } },
    ),
    'tcp with ports absent (every port) from the internet': tpl({ Sg: sg({ IpProtocol: 'tcp', CidrIp: '0.0.0.0/0' }) }),
  },
});
