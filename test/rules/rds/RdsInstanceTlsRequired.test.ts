import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { cluster, FREE, instance, IS_PROD, paramGroup, res } from './common';

const group = (family: string, parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  paramGroup({ Description: 'tls', Family: family, Parameters: parameters, ...extra });
const withGroup = (engine: string, version: string, family: string, parameters: Record<string, unknown>) => tpl({
  G: group(family, parameters),
  Db: instance({ Engine: engine, EngineVersion: version, DBParameterGroupName: { Ref: 'G' }, StorageEncrypted: true }),
});
const optionGroup = (level: string) => res('AWS::RDS::OptionGroup')({
  EngineName: 'oracle-ee', MajorEngineVersion: '19', OptionGroupDescription: 'nne',
  OptionConfigurations: [{ OptionName: 'NATIVE_NETWORK_ENCRYPTION', OptionSettings: [{ Name: 'SQLNET.ENCRYPTION_SERVER', Value: level }] }],
});
const cdkInstance = (engine: rds.IInstanceEngine, parameters?: Record<string, string>) => cdkTemplate((s, vpc) => {
  new rds.DatabaseInstance(s, 'Db', { engine, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, storageEncrypted: true, ...(parameters ? { parameters } : {}) });
});
const mysql80 = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 });

describeRule('HealthData-RdsInstanceTlsRequired', {
  pass: {
    'PostgreSQL with a group of this template setting rds.force_ssl to 1': withGroup('postgres', '14.9', 'postgres14', { 'rds.force_ssl': '1' }),
    'MySQL with require_secure_transport ON': withGroup('mysql', '8.0.35', 'mysql8.0', { require_secure_transport: 'ON' }),
    'MariaDB with require_secure_transport 1': withGroup('mariadb', '10.11', 'mariadb10.11', { require_secure_transport: 1 }),
    'SQL Server with rds.force_ssl 1': withGroup('sqlserver-se', '15.00', 'sqlserver-se-15.0', { 'rds.force_ssl': 1 }),
    'PostgreSQL 16 with no group: the default group forces SSL from version 15': tpl({ Db: instance({ Engine: 'postgres', EngineVersion: '16.3' }) }),
    'PostgreSQL with the group default.postgres15 by name': tpl({ Db: instance({ Engine: 'postgres', DBParameterGroupName: 'default.postgres15' }) }),
    'a postgres15 custom group that leaves rds.force_ssl at its family default 1': withGroup('postgres', '15.5', 'postgres15', { log_connections: '1' }),
    'a group named by its DBParameterGroupName literal': tpl({
      G: group('mysql8.0', { require_secure_transport: 'ON' }, { DBParameterGroupName: 'hd-mysql' }),
      Db: instance({ Engine: 'mysql', DBParameterGroupName: 'hd-mysql' }),
    }),
    'the switch from a parameter whose AllowedValues are all secure': {
      template: tpl(
        { G: group('mysql8.0', { require_secure_transport: { Ref: 'Tls' } }), Db: instance({ Engine: 'mysql', DBParameterGroupName: { Ref: 'G' } }) },
        { Parameters: { Tls: { Type: 'String', AllowedValues: ['ON', '1'] } } },
      ),
      guard: 'fail',
    },
    'Oracle with native network encryption REQUIRED in its option group': tpl({
      O: optionGroup('REQUIRED'),
      Db: instance({ Engine: 'oracle-ee', EngineVersion: '19', OptionGroupName: { Ref: 'O' } }),
    }),
    'a read replica without Engine of a PostgreSQL 16 instance of this template, no group': tpl({
      Src: instance({ Engine: 'postgres', EngineVersion: '16.3' }),
      Db: instance({ SourceDBInstanceIdentifier: { Ref: 'Src' }, EngineVersion: '16.3' }),
    }),
    'a restore without Engine naming the group default.postgres16': tpl({ Db: instance({ DBSnapshotIdentifier: 'snap', DBParameterGroupName: 'default.postgres16' }) }),
    'an Aurora cluster member: the cluster parameter group governs TLS': tpl({
      C: cluster({ Engine: 'aurora-mysql' }),
      Db: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'C' } }),
    }),
    'the shape CDK writes for MySQL with parameters { require_secure_transport: "ON" }': cdkInstance(mysql80, { require_secure_transport: 'ON' }),
    'the shape CDK writes for PostgreSQL 16 without a parameter group': cdkInstance(rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 })),
  },
  fail: {
    'MySQL with no parameter group absent: the default group accepts plaintext': tpl({ Db: instance({ Engine: 'mysql', EngineVersion: '8.0.35' }) }),
    'PostgreSQL 14 with no group: rds.force_ssl defaults to 0 before version 15': tpl({ Db: instance({ Engine: 'postgres', EngineVersion: '14.9' }) }),
    'PostgreSQL without EngineVersion and no group: the version (and so the default) is not proven': tpl({ Db: instance({ Engine: 'postgres' }) }),
    'a group that sets rds.force_ssl to 0': withGroup('postgres', '16.3', 'postgres16', { 'rds.force_ssl': '0' }),
    'a MySQL group without require_secure_transport': withGroup('mysql', '8.0.35', 'mysql8.0', { max_connections: '100' }),
    'a group named by a literal that this template does not define': tpl({ Db: instance({ Engine: 'mysql', DBParameterGroupName: 'shared-mysql-params' }) }),
    'the group name from a parameter without AllowedValues (token)': tpl(
      { Db: instance({ Engine: 'mysql', DBParameterGroupName: { Ref: 'Params' } }) },
      FREE('Params', 'hd-mysql'),
    ),
    'the group imported from another stack': tpl({ Db: instance({ Engine: 'postgres', EngineVersion: '16', DBParameterGroupName: { 'Fn::ImportValue': 'Params' } }) }),
    'the switch value from a parameter without AllowedValues (token)': tpl(
      { G: group('mysql8.0', { require_secure_transport: { Ref: 'Tls' } }), Db: instance({ Engine: 'mysql', DBParameterGroupName: { Ref: 'G' } }) },
      FREE('Tls', 'ON'),
    ),
    'Fn::If in the group with a branch that turns rds.force_ssl off': tpl(
      { G: group('postgres14', { 'rds.force_ssl': { 'Fn::If': ['IsProd', '1', '0'] } }), Db: instance({ Engine: 'postgres', EngineVersion: '14.9', DBParameterGroupName: { Ref: 'G' } }) },
      IS_PROD,
    ),
    'Fn::If on the instance with a branch that drops the group': tpl(
      { G: group('mysql8.0', { require_secure_transport: 'ON' }), Db: instance({ Engine: 'mysql', DBParameterGroupName: { 'Fn::If': ['IsProd', { Ref: 'G' }, { Ref: 'AWS::NoValue' }] } }) },
      IS_PROD,
    ),
    'the engine from a parameter without AllowedValues (token)': tpl({ Db: instance({ Engine: { Ref: 'Engine' } }) }, FREE('Engine', 'postgres')),
    'Oracle without an option group: plaintext listener stays open': tpl({ Db: instance({ Engine: 'oracle-se2', EngineVersion: '19' }) }),
    'Oracle with native network encryption only REQUESTED': tpl({
      O: optionGroup('REQUESTED'),
      Db: instance({ Engine: 'oracle-ee', OptionGroupName: { Ref: 'O' } }),
    }),
    'Db2: no TLS-only switch this pack can verify': tpl({ Db: instance({ Engine: 'db2-se' }) }),
    'a read replica with no Engine and no group: the engine cannot be told': tpl({
      Db: instance({ SourceDBInstanceIdentifier: 'arn:aws:rds:eu-north-1:111111111111:db:source' }),
    }),
    'a read replica without Engine of a MySQL instance of this template, no group': {
      template: tpl({
        G: group('mysql8.0', { require_secure_transport: 'ON' }),
        Src: instance({ Engine: 'mysql', DBParameterGroupName: { Ref: 'G' }, StorageEncrypted: true }),
        Db: instance({ SourceDBInstanceIdentifier: { Ref: 'Src' } }),
      }),
      flagged: ['Db'],
    },
    'the shape CDK writes for MySQL without parameters': cdkInstance(mysql80),
    'a secure PostgreSQL 16 source and its read replica with a group that turns rds.force_ssl off: only the replica': {
      template: tpl({
        Src: instance({ Engine: 'postgres', EngineVersion: '16.3' }),
        G: group('postgres16', { 'rds.force_ssl': '0' }),
        Db: instance({ SourceDBInstanceIdentifier: { Ref: 'Src' }, DBParameterGroupName: { Ref: 'G' } }),
      }),
      flagged: ['Db'],
    },
    'a plaintext MySQL source and its read replica with a require_secure_transport group: only the source': {
      template: tpl({
        G: group('mysql8.0', { require_secure_transport: 'ON' }),
        Src: instance({ Engine: 'mysql', StorageEncrypted: true }),
        Db: instance({ SourceDBInstanceIdentifier: { 'Fn::GetAtt': ['Src', 'DBInstanceArn'] }, DBParameterGroupName: { Ref: 'G' } }),
      }),
      flagged: ['Src'],
    },
  },
});
