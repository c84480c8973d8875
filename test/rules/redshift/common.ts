import * as redshift from 'aws-cdk-lib/aws-redshift';
import type { Json } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';

export const rsCluster = (extra: Json): Json => ({
  Type: 'AWS::Redshift::Cluster',
  Properties: { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'db', MasterUsername: 'admin', ManageMasterPassword: true, ...extra },
});

/** The L1 shape CDK writes for a Redshift cluster (the L2 construct is alpha; CfnCluster is what stacks use). */
export const cdkRedshift = (props: Partial<redshift.CfnClusterProps>, group?: Record<string, string>): Json => cdkTemplate((s) => {
  const pg = group ? new redshift.CfnClusterParameterGroup(s, 'Params', {
    description: 'tls', parameterGroupFamily: 'redshift-1.0',
    parameters: Object.entries(group).map(([parameterName, parameterValue]) => ({ parameterName, parameterValue })),
  }) : undefined;
  new redshift.CfnCluster(s, 'Warehouse', {
    clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'db', masterUsername: 'admin', manageMasterPassword: true,
    ...(pg ? { clusterParameterGroupName: pg.ref } : {}), ...props,
  });
});
