import { describeRule, tpl } from '../../support/harness';

const dbsg = (...ingress: unknown[]) => ({ Type: 'AWS::RDS::DBSecurityGroup', Properties: { GroupDescription: 'db', DBSecurityGroupIngress: ingress } });
const ingress = (props: Record<string, unknown>) => ({ Type: 'AWS::RDS::DBSecurityGroupIngress', Properties: { DBSecurityGroupName: { Ref: 'G' }, ...props } });

describeRule('HealthData-Ec2DbSecurityGroupNoPublicIngress', {
  pass: {
    'ingress only from a private range': tpl({ G: dbsg({ CIDRIP: '10.0.0.0/8' }) }),
    'ingress only from an EC2 security group': tpl({ G: dbsg({ EC2SecurityGroupName: 'app', EC2SecurityGroupOwnerId: '111122223333' }) }),
    'a standalone ingress from 192.168.0.0/16': tpl({ G: dbsg(), I: ingress({ CIDRIP: '192.168.0.0/16' }) }),
  },
  fail: {
    'CIDRIP 0.0.0.0/0 lets the internet connect to the database': { template: tpl({ G: dbsg({ CIDRIP: '0.0.0.0/0' }) }), flagged: ['G'] },
    'a standalone ingress with a public /32 (flagged on the ingress only)': { template: tpl({ G: dbsg(), I: ingress({ CIDRIP: '198.51.100.10/32' }) }), flagged: ['I'] },
    'CIDRIP 10.0.0.1/0 (the whole internet despite the 10.x address)': { template: tpl({ G: dbsg({ CIDRIP: '10.0.0.1/0' }) }), flagged: ['G'] },
    'CIDRIP from a parameter without AllowedValues (token)': {
      template: tpl({ G: dbsg({ CIDRIP: { Ref: 'Cidr' } }) }, { Parameters: { Cidr: { Type: 'String', Default: '10.0.0.0/8' } } }),
      flagged: ['G'],
    },
    'the ingress list imported from another stack, so its entries are absent from the template': {
      template: tpl({ G: { Type: 'AWS::RDS::DBSecurityGroup', Properties: { GroupDescription: 'db', DBSecurityGroupIngress: { 'Fn::ImportValue': 'Rules' } } } }),
      flagged: ['G'],
    },
    'Fn::If with one branch that opens the database to the internet': {
      template: tpl({ G: dbsg({ CIDRIP: { 'Fn::If': ['Dev', '0.0.0.0/0', '10.0.0.0/8'] } }) }, { Parameters: { Env: { Type: 'String' } }, Conditions: { Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } }),
      flagged: ['G'],
    },
  },
});
