import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';
import { docCluster, docGroup } from './common';

describeRule('HealthData-DocDbClusterTlsEnabled', {
  pass: {
    'no group named: the default group has tls enabled': tpl({ C: docCluster({}) }),
    'the default group by name': tpl({ C: docCluster({ DBClusterParameterGroupName: 'default.docdb5.0' }) }),
    'a group of this template (its tls is judged on the group itself)': tpl({ G: docGroup({ tls: 'enabled' }), C: docCluster({ DBClusterParameterGroupName: { Ref: 'G' } }) }),
    'a group named by its Name literal': tpl({ G: docGroup({ tls: 'enabled' }, { Name: 'hd-docdb' }), C: docCluster({ DBClusterParameterGroupName: 'hd-docdb' }) }),
    'the shape CDK DatabaseCluster writes': cdkTemplate((s, vpc) => {
      new docdb.DatabaseCluster(s, 'Docs', {
        masterUser: { username: 'admin' }, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
        parameterGroup: new docdb.ClusterParameterGroup(s, 'Params', { family: 'docdb5.0', parameters: { tls: 'enabled' } }),
      });
    }),
  },
  fail: {
    'a group defined outside the template: tls may be disabled there': tpl({ C: docCluster({ DBClusterParameterGroupName: 'shared-docdb' }) }),
    'the group from a parameter without AllowedValues (token)': tpl({ C: docCluster({ DBClusterParameterGroupName: { Ref: 'G' } }) }, FREE('G')),
    'the group imported from another stack': tpl({ C: docCluster({ DBClusterParameterGroupName: { 'Fn::ImportValue': 'G' } }) }),
    'Fn::If with a branch naming an outside group (absent from the template)': tpl(
      { G: docGroup({ tls: 'enabled' }), C: docCluster({ DBClusterParameterGroupName: { 'Fn::If': ['IsProd', { Ref: 'G' }, 'legacy-params'] } }) },
      IS_PROD,
    ),
  },
});
