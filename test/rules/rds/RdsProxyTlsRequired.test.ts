import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { FREE, IS_PROD, res } from './common';

const proxy = (extra: Record<string, unknown>) => res('AWS::RDS::DBProxy')({
  DBProxyName: 'p', EngineFamily: 'POSTGRESQL', RoleArn: 'arn:aws:iam::111111111111:role/p', VpcSubnetIds: ['subnet-1'],
  Auth: [{ AuthScheme: 'SECRETS', SecretArn: 'arn:aws:secretsmanager:eu-north-1:111111111111:secret:s' }], ...extra,
});

const cdkProxy = (requireTLS?: boolean) => cdkTemplate((s, vpc) => {
  const db = new rds.DatabaseInstance(s, 'Pg', {
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }), vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  });
  db.addProxy('Proxy', { secrets: [db.secret!], vpc, ...(requireTLS === undefined ? {} : { requireTLS }) });
});

describeRule('HealthData-RdsProxyTlsRequired', {
  pass: {
    'RequireTLS true': tpl({ P: proxy({ RequireTLS: true }) }),
    'RequireTLS "true" as a string': tpl({ P: proxy({ RequireTLS: 'true' }) }),
    'the shape CDK DatabaseProxy writes by default': cdkProxy(),
  },
  fail: {
    'RequireTLS absent: clients may connect to the proxy in plaintext': tpl({ P: proxy({}) }),
    'RequireTLS false': tpl({ P: proxy({ RequireTLS: false }) }),
    'RequireTLS from a parameter without AllowedValues (token)': tpl({ P: proxy({ RequireTLS: { Ref: 'Tls' } }) }, FREE('Tls', 'true')),
    'Fn::If with a plaintext branch': tpl({ P: proxy({ RequireTLS: { 'Fn::If': ['IsProd', true, false] } }) }, IS_PROD),
    'the shape CDK DatabaseProxy writes with requireTLS: false': cdkProxy(false),
  },
});
