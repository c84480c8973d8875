import { describeRule, tpl } from '../../support/harness';
import { FREE, IS_PROD } from '../rds/common';
import { cdkRedshift, rsCluster } from './common';

describeRule('HealthData-RedshiftClusterNotPublic', {
  pass: {
    'PubliclyAccessible false': tpl({ W: rsCluster({ PubliclyAccessible: false }) }),
    'PubliclyAccessible absent: the Redshift API default is false': tpl({ W: rsCluster({}) }),
    'the shape CDK CfnCluster writes with publiclyAccessible: false': cdkRedshift({ publiclyAccessible: false, encrypted: true }),
  },
  fail: {
    'PubliclyAccessible true gives the warehouse a public IP address': tpl({ W: rsCluster({ PubliclyAccessible: true }) }),
    'PubliclyAccessible "true" as a string': tpl({ W: rsCluster({ PubliclyAccessible: 'true' }) }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl({ W: rsCluster({ PubliclyAccessible: { Ref: 'Pub' } }) }, FREE('Pub', 'false')),
    'PubliclyAccessible imported from another stack': tpl({ W: rsCluster({ PubliclyAccessible: { 'Fn::ImportValue': 'Pub' } }) }),
    'Fn::If with a public branch (the absent-secure default does not rescue an explicit true)': tpl({ W: rsCluster({ PubliclyAccessible: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, true] } }) }, IS_PROD),
    'the shape CDK CfnCluster writes with publiclyAccessible: true': cdkRedshift({ publiclyAccessible: true }),
  },
});
