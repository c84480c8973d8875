import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { cluster, FREE, IS_PROD } from './common';

const cdkCluster = (storageEncrypted?: boolean) => cdkTemplate((s, vpc) => {
  new rds.DatabaseCluster(s, 'Aurora', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_07_1 }),
    vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, writer: rds.ClusterInstance.provisioned('W'),
    ...(storageEncrypted === undefined ? {} : { storageEncrypted }),
  });
});

describeRule('HealthData-RdsClusterStorageEncrypted', {
  pass: {
    'StorageEncrypted true': tpl({ C: cluster({ Engine: 'aurora-postgresql', StorageEncrypted: true }) }),
    'StorageEncrypted "true" as a string': tpl({ C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: 'true' }) }),
    'a clone of an encrypted cluster of this template': tpl({
      Src: cluster({ Engine: 'aurora-mysql', StorageEncrypted: true }),
      Clone: cluster({ Engine: 'aurora-mysql', SourceDBClusterIdentifier: { Ref: 'Src' }, RestoreType: 'copy-on-write' }),
    }),
    'a clone of a clone of an encrypted cluster inherits its encryption (Guard follows one level)': {
      template: tpl({
        Src: cluster({ Engine: 'aurora-mysql', StorageEncrypted: true }),
        Mid: cluster({ Engine: 'aurora-mysql', SourceDBClusterIdentifier: { Ref: 'Src' }, RestoreType: 'copy-on-write' }),
        Clone: cluster({ Engine: 'aurora-mysql', SourceDBClusterIdentifier: { 'Fn::GetAtt': ['Mid', 'DBClusterArn'] }, RestoreType: 'copy-on-write' }),
      }),
      guard: 'fail',
    },
    'the shape CDK DatabaseCluster writes with storageEncrypted: true': cdkCluster(true),
  },
  fail: {
    'StorageEncrypted absent: the cluster volume is unencrypted': tpl({ C: cluster({ Engine: 'aurora-mysql' }) }),
    'StorageEncrypted false on Aurora Serverless v1': tpl({ C: cluster({ Engine: 'aurora', EngineMode: 'serverless', StorageEncrypted: false }) }),
    'StorageEncrypted from a parameter without AllowedValues (token)': tpl({ C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: { Ref: 'Enc' } }) }, FREE('Enc')),
    'StorageEncrypted imported from another stack': tpl({ C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: { 'Fn::ImportValue': 'Enc' } }) }),
    'Fn::If with an unencrypted branch': tpl({ C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: { 'Fn::If': ['IsProd', true, { Ref: 'AWS::NoValue' }] } }) }, IS_PROD),
    'a restore from a snapshot whose encryption the template does not show': tpl({ C: cluster({ Engine: 'aurora-mysql', SnapshotIdentifier: 'snap' }) }),
    'a clone of a cluster outside the template': tpl({ C: cluster({ Engine: 'aurora-mysql', SourceDBClusterIdentifier: 'prod-cluster', RestoreType: 'copy-on-write' }) }),
    'the shape CDK DatabaseCluster writes by default (no storageEncrypted)': cdkCluster(),
  },
});
