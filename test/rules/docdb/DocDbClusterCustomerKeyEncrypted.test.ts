import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { describeRule } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { cmkCases } from '../rds/cmk';
import { docCluster } from './common';

describeRule('HealthData-DocDbClusterCustomerKeyEncrypted', cmkCases((p) => docCluster(p), 'StorageEncrypted', {
  fail: {
    'the shape CDK DatabaseCluster writes by default (encrypted with aws/rds)': cdkTemplate((s, vpc) => {
      new docdb.DatabaseCluster(s, 'Docs', {
        masterUser: { username: 'admin' }, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
      });
    }),
  },
}));
