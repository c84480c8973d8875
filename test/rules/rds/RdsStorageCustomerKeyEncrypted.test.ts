import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';
import { cmkCases } from './cmk';
import { cluster, instance } from './common';

const cdkDb = (withKey: boolean) => cdkTemplate((s, vpc) => {
  new rds.DatabaseInstance(s, 'Db', {
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }), vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ...(withKey ? { storageEncryptionKey: new kms.Key(s, 'Key') } : { storageEncrypted: true }),
  });
});

describeRule('HealthData-RdsStorageCustomerKeyEncrypted', cmkCases((p) => instance({ Engine: 'mysql', ...p }), 'StorageEncrypted', {
  pass: {
    'an Aurora cluster member uses the cluster key (skipped)': tpl({
      Key: { Type: 'AWS::KMS::Key', Properties: {} },
      C: cluster({ Engine: 'aurora-mysql', StorageEncrypted: true, KmsKeyId: { Ref: 'Key' } }),
      Db: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'C' } }),
    }),
    'the shape CDK DatabaseInstance writes with storageEncryptionKey': cdkDb(true),
  },
  fail: {
    'a cluster encrypted with aws/rds (KmsKeyId absent)': tpl({ Db: cluster({ Engine: 'aurora-postgresql', StorageEncrypted: true }) }),
    'the shape CDK DatabaseInstance writes with storageEncrypted: true and no key': cdkDb(false),
  },
}));
