import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { cluster, FREE, instance, IS_PROD } from './common';

const pg = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });

describeRule('HealthData-RdsInstanceNotPublic', {
  pass: {
    'PubliclyAccessible false': tpl({ Db: instance({ Engine: 'mysql', PubliclyAccessible: false, DBSubnetGroupName: 'private' }) }),
    'PubliclyAccessible "false" as a string': tpl({ Db: instance({ Engine: 'mysql', PubliclyAccessible: 'false' }) }),
    'a parameter whose AllowedValues are all false': {
      template: tpl(
        { Db: instance({ Engine: 'mysql', PubliclyAccessible: { Ref: 'Pub' } }) },
        { Parameters: { Pub: { Type: 'String', AllowedValues: ['false'] } } },
      ),
      guard: 'fail',
    },
    'the shape CDK DatabaseInstance writes in isolated subnets': cdkTemplate((s, vpc) => {
      new rds.DatabaseInstance(s, 'Pg', { engine: pg, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    }),
  },
  fail: {
    'PubliclyAccessible true gives the patient database an internet endpoint': tpl({ Db: instance({ Engine: 'mysql', PubliclyAccessible: true }) }),
    'PubliclyAccessible "true" on an Aurora cluster member': tpl({
      C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: true }),
      Db: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'C' }, PubliclyAccessible: 'true' }),
    }),
    'PubliclyAccessible absent without a subnet group: the default VPC makes it public': tpl({ Db: instance({ Engine: 'mysql' }) }),
    'PubliclyAccessible absent with a subnet group: public if that VPC has an internet gateway': tpl({
      Db: instance({ Engine: 'postgres', DBSubnetGroupName: 'db-subnets' }),
    }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl(
      { Db: instance({ Engine: 'mysql', PubliclyAccessible: { Ref: 'Pub' } }) },
      FREE('Pub', 'false'),
    ),
    'PubliclyAccessible imported from another stack': tpl({ Db: instance({ Engine: 'mysql', PubliclyAccessible: { 'Fn::ImportValue': 'Shared-Pub' } }) }),
    'Fn::If with a branch that makes the instance public': tpl(
      { Db: instance({ Engine: 'mysql', PubliclyAccessible: { 'Fn::If': ['IsProd', false, true] } }) },
      IS_PROD,
    ),
    'the shape CDK DatabaseInstance writes in public subnets': cdkTemplate((s, vpc) => {
      new rds.DatabaseInstance(s, 'Pg', { engine: pg, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
    }),
    'only the public instance of two is flagged': {
      template: tpl({ Good: instance({ Engine: 'mysql', PubliclyAccessible: false }), Bad: instance({ Engine: 'mysql', PubliclyAccessible: true }) }),
      flagged: ['Bad'],
    },
  },
});
