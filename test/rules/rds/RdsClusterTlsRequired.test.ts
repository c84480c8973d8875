import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { cluster, clusterParamGroup, FREE, IS_PROD } from './common';

const group = (family: string, parameters: Record<string, unknown>) => clusterParamGroup({ Description: 'tls', Family: family, Parameters: parameters });
const withGroup = (engine: string, family: string, parameters: Record<string, unknown>) => tpl({
  G: group(family, parameters),
  C: cluster({ Engine: engine, DBClusterParameterGroupName: { Ref: 'G' }, StorageEncrypted: true }),
});
const cdkCluster = (parameters?: Record<string, string>) => cdkTemplate((s, vpc) => {
  new rds.DatabaseCluster(s, 'Aurora', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, writer: rds.ClusterInstance.provisioned('W'), storageEncrypted: true,
    ...(parameters ? { parameters } : {}),
  });
});

describeRule('HealthData-RdsClusterTlsRequired', {
  pass: {
    'Aurora PostgreSQL with rds.force_ssl 1': withGroup('aurora-postgresql', 'aurora-postgresql16', { 'rds.force_ssl': '1' }),
    'Aurora MySQL with require_secure_transport ON': withGroup('aurora-mysql', 'aurora-mysql8.0', { require_secure_transport: 'ON' }),
    'a Multi-AZ PostgreSQL cluster with rds.force_ssl 1': withGroup('postgres', 'postgres16', { 'rds.force_ssl': 1 }),
    'the shape CDK DatabaseCluster writes with parameters { "rds.force_ssl": "1" }': cdkCluster({ 'rds.force_ssl': '1' }),
  },
  fail: {
    'no cluster parameter group (absent): Aurora PostgreSQL defaults to rds.force_ssl 0': tpl({ C: cluster({ Engine: 'aurora-postgresql', StorageEncrypted: true }) }),
    'the default group named explicitly': tpl({ C: cluster({ Engine: 'aurora-postgresql', DBClusterParameterGroupName: 'default.aurora-postgresql16' }) }),
    'a group that leaves require_secure_transport OFF': withGroup('aurora-mysql', 'aurora-mysql8.0', { time_zone: 'UTC' }),
    'a group that sets rds.force_ssl to 0': withGroup('aurora-postgresql', 'aurora-postgresql16', { 'rds.force_ssl': '0' }),
    'the group name from a parameter without AllowedValues (token)': tpl({ C: cluster({ Engine: 'aurora-mysql', DBClusterParameterGroupName: { Ref: 'G' } }) }, FREE('G')),
    'the group imported from another stack': tpl({ C: cluster({ Engine: 'aurora-mysql', DBClusterParameterGroupName: { 'Fn::ImportValue': 'G' } }) }),
    'Fn::If in the group with a plaintext branch': tpl(
      { G: group('aurora-mysql8.0', { require_secure_transport: { 'Fn::If': ['IsProd', 'ON', 'OFF'] } }), C: cluster({ Engine: 'aurora-mysql', DBClusterParameterGroupName: { Ref: 'G' } }) },
      IS_PROD,
    ),
    'the shape CDK DatabaseCluster writes without parameters': cdkCluster(),
  },
});
