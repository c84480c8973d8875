import { describeRule, tpl } from '../../support/harness';
import { FREE, IS_PROD } from '../rds/common';
import { cdkRedshift, rsCluster } from './common';

const group = (parameters: unknown[], extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::Redshift::ClusterParameterGroup',
  Properties: { Description: 'tls', ParameterGroupFamily: 'redshift-1.0', Parameters: parameters, ...extra },
});
const REQUIRE = [{ ParameterName: 'require_ssl', ParameterValue: 'true' }];

describeRule('HealthData-RedshiftClusterTlsRequired', {
  pass: {
    'a group of this template with require_ssl true': tpl({ G: group(REQUIRE), W: rsCluster({ ClusterParameterGroupName: { Ref: 'G' } }) }),
    'a group named by its ParameterGroupName literal': tpl({ G: group(REQUIRE, { ParameterGroupName: 'hd-tls' }), W: rsCluster({ ClusterParameterGroupName: 'hd-tls' }) }),
    'the shape CDK CfnClusterParameterGroup writes with require_ssl "true"': cdkRedshift({ encrypted: true }, { require_ssl: 'true' }),
  },
  fail: {
    'no parameter group (absent): require_ssl is not proven on': tpl({ W: rsCluster({}) }),
    'the default group by name': tpl({ W: rsCluster({ ClusterParameterGroupName: 'default.redshift-1.0' }) }),
    'a group that sets require_ssl false': tpl({ G: group([{ ParameterName: 'require_ssl', ParameterValue: 'false' }]), W: rsCluster({ ClusterParameterGroupName: { Ref: 'G' } }) }),
    'a group without require_ssl': tpl({ G: group([{ ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' }]), W: rsCluster({ ClusterParameterGroupName: { Ref: 'G' } }) }),
    'a group defined outside this template': tpl({ W: rsCluster({ ClusterParameterGroupName: 'shared-params' }) }),
    'require_ssl from a parameter without AllowedValues (token)': tpl(
      { G: group([{ ParameterName: 'require_ssl', ParameterValue: { Ref: 'Ssl' } }]), W: rsCluster({ ClusterParameterGroupName: { Ref: 'G' } }) },
      FREE('Ssl', 'true'),
    ),
    'the group imported from another stack': tpl({ W: rsCluster({ ClusterParameterGroupName: { 'Fn::ImportValue': 'G' } }) }),
    'Fn::If in the group with a plaintext branch': tpl(
      { G: group([{ ParameterName: 'require_ssl', ParameterValue: { 'Fn::If': ['IsProd', 'true', 'false'] } }]), W: rsCluster({ ClusterParameterGroupName: { Ref: 'G' } }) },
      IS_PROD,
    ),
    'the shape CDK CfnCluster writes without a parameter group': cdkRedshift({ encrypted: true }),
  },
});
