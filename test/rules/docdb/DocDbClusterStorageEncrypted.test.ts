import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';
import { docCluster } from './common';

const cdkDocs = (storageEncrypted?: boolean) => cdkTemplate((s, vpc) => {
  new docdb.DatabaseCluster(s, 'Docs', {
    masterUser: { username: 'admin' }, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    ...(storageEncrypted === undefined ? {} : { storageEncrypted }),
  });
});

describeRule('HealthData-DocDbClusterStorageEncrypted', {
  pass: {
    'StorageEncrypted true': tpl({ C: docCluster({ StorageEncrypted: true }) }),
    'StorageEncrypted "true" as a string': tpl({ C: docCluster({ StorageEncrypted: 'true' }) }),
    'the shape CDK DatabaseCluster writes by default': cdkDocs(),
  },
  fail: {
    'StorageEncrypted absent: the API creates an unencrypted cluster': tpl({ C: docCluster({}) }),
    'StorageEncrypted false': tpl({ C: docCluster({ StorageEncrypted: false }) }),
    'StorageEncrypted from a parameter without AllowedValues (token)': tpl({ C: docCluster({ StorageEncrypted: { Ref: 'Enc' } }) }, FREE('Enc')),
    'Fn::If with an unencrypted branch': tpl({ C: docCluster({ StorageEncrypted: { 'Fn::If': ['IsProd', true, false] } }) }, IS_PROD),
    'the shape CDK DatabaseCluster writes with storageEncrypted: false': cdkDocs(false),
  },
});
