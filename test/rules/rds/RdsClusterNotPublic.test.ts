import { describeRule, tpl } from '../../support/harness';
import { cluster, FREE, IS_PROD } from './common';

const multiAz = (extra: Record<string, unknown>) => cluster({ Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large', AllocatedStorage: 100, StorageType: 'io1', Iops: 1000, ...extra });

describeRule('HealthData-RdsClusterNotPublic', {
  pass: {
    'a Multi-AZ DB cluster with PubliclyAccessible false': tpl({ C: multiAz({ PubliclyAccessible: false, DBSubnetGroupName: 'private' }) }),
    'an Aurora cluster: its instances carry the setting (not applicable)': tpl({ C: cluster({ Engine: 'aurora-postgresql' }) }),
    'a parameter whose AllowedValues are all false': {
      template: tpl(
        { C: multiAz({ PubliclyAccessible: { Ref: 'Pub' } }) },
        { Parameters: { Pub: { Type: 'String', AllowedValues: ['false'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'PubliclyAccessible true exposes the writer and reader endpoints': tpl({ C: multiAz({ PubliclyAccessible: true }) }),
    'PubliclyAccessible absent: public when the VPC has an internet gateway': tpl({ C: multiAz({ DBSubnetGroupName: 'db-subnets' }) }),
    'a mysql Multi-AZ cluster recognised by its engine, PubliclyAccessible absent': tpl({ C: cluster({ Engine: 'mysql' }) }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl({ C: multiAz({ PubliclyAccessible: { Ref: 'Pub' } }) }, FREE('Pub')),
    'PubliclyAccessible imported from another stack': tpl({ C: multiAz({ PubliclyAccessible: { 'Fn::ImportValue': 'Pub' } }) }),
    'Fn::If with a public branch': tpl({ C: multiAz({ PubliclyAccessible: { 'Fn::If': ['IsProd', false, true] } }) }, IS_PROD),
  },
});
