import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { cluster, FREE, instance, IS_PROD } from './common';

/** StorageEncrypted from a region map under AWS::LanguageExtensions: every listed region encrypts, the default decides the rest. */
const byRegion = (dflt: unknown) => tpl(
  { Db: instance({ Engine: 'mysql', StorageEncrypted: { 'Fn::FindInMap': ['Enc', { Ref: 'AWS::Region' }, 'On', { DefaultValue: dflt }] } }) },
  { Transform: 'AWS::LanguageExtensions', Mappings: { Enc: { 'eu-north-1': { On: true }, 'eu-west-1': { On: 'true' } } } },
);

const cdkInstance = (storageEncrypted?: boolean) => cdkTemplate((s, vpc) => {
  new rds.DatabaseInstance(s, 'Db', {
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
    vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, ...(storageEncrypted === undefined ? {} : { storageEncrypted }),
  });
});

describeRule('HealthData-RdsInstanceStorageEncrypted', {
  pass: {
    'StorageEncrypted true': tpl({ Db: instance({ Engine: 'mysql', StorageEncrypted: true }) }),
    'StorageEncrypted "true" as a string': tpl({ Db: instance({ Engine: 'mysql', StorageEncrypted: 'true' }) }),
    'a read replica of an encrypted instance of this template inherits its encryption': tpl({
      Src: instance({ Engine: 'mysql', StorageEncrypted: true }),
      Replica: instance({ SourceDBInstanceIdentifier: { Ref: 'Src' } }),
    }),
    'a replica of a replica of an encrypted instance inherits its encryption (Guard follows one level)': {
      template: tpl({
        Src: instance({ Engine: 'mysql', StorageEncrypted: true }),
        Mid: instance({ SourceDBInstanceIdentifier: { Ref: 'Src' } }),
        Replica: instance({ SourceDBInstanceIdentifier: { Ref: 'Mid' } }),
      }),
      guard: 'fail',
    },
    'an Aurora cluster member: the cluster volume is judged on the cluster': tpl({
      C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: true }),
      Db: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'C' } }),
    }),
    'the shape CDK DatabaseInstance writes with storageEncrypted: true': cdkInstance(true),
    'Fn::FindInMap over encrypting regions with DefaultValue true (Guard does not evaluate Fn::FindInMap)': { template: byRegion(true), guard: 'fail' },
  },
  fail: {
    'StorageEncrypted absent: RDS stores the database unencrypted': tpl({ Db: instance({ Engine: 'mysql' }) }),
    'StorageEncrypted false': tpl({ Db: instance({ Engine: 'mysql', StorageEncrypted: false }) }),
    'StorageEncrypted from a parameter without AllowedValues (token)': tpl({ Db: instance({ Engine: 'mysql', StorageEncrypted: { Ref: 'Enc' } }) }, FREE('Enc', 'true')),
    'StorageEncrypted imported from another stack': tpl({ Db: instance({ Engine: 'mysql', StorageEncrypted: { 'Fn::ImportValue': 'Enc' } }) }),
    'Fn::If with an unencrypted branch': tpl({ Db: instance({ Engine: 'mysql', StorageEncrypted: { 'Fn::If': ['IsProd', true, false] } }) }, IS_PROD),
    'a read replica of an unencrypted instance of this template': {
      template: tpl({ Src: instance({ Engine: 'mysql' }), Replica: instance({ SourceDBInstanceIdentifier: { Ref: 'Src' } }) }),
      flagged: ['Replica', 'Src'],
    },
    'a read replica of a source outside the template: encryption not provable': tpl({
      Replica: instance({ SourceDBInstanceIdentifier: 'arn:aws:rds:eu-north-1:111111111111:db:source' }),
    }),
    'a restore from a snapshot whose encryption the template does not show': tpl({ Db: instance({ DBSnapshotIdentifier: 'snap-1' }) }),
    'the shape CDK DatabaseInstance writes by default (no storageEncrypted)': cdkInstance(),
    'Fn::FindInMap whose DefaultValue false leaves every unlisted region unencrypted': byRegion(false),
    'Fn::FindInMap whose DefaultValue is a parameter without AllowedValues (token)': {
      template: { ...byRegion({ Ref: 'Enc' }), ...FREE('Enc', 'true') },
    },
  },
});
