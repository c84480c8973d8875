import { describeRule, tpl } from '../../support/harness';

const dax = (props: Record<string, unknown>) => ({
  Type: 'AWS::DAX::Cluster',
  Properties: { NodeType: 'dax.r5.large', ReplicationFactor: 3, IAMRoleARN: 'arn:aws:iam::111122223333:role/Dax', ...props },
});
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-DaxClusterEndpointTls', {
  pass: {
    'TLS endpoint': tpl({ Dax: dax({ ClusterEndpointEncryptionType: 'TLS' }) }),
    'a parameter whose AllowedValues are all TLS': {
      template: tpl(
        { Dax: dax({ ClusterEndpointEncryptionType: { Ref: 'Enc' } }) },
        { Parameters: { Enc: { Type: 'String', AllowedValues: ['TLS'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'ClusterEndpointEncryptionType absent (the default NONE is plaintext)': tpl({ Dax: dax({}) }),
    'ClusterEndpointEncryptionType NONE': tpl({ Dax: dax({ ClusterEndpointEncryptionType: 'NONE' }) }),
    'encryption type from a parameter without AllowedValues (token)': tpl(
      { Dax: dax({ ClusterEndpointEncryptionType: { Ref: 'Enc' } }) },
      { Parameters: { Enc: { Type: 'String', Default: 'TLS' } } },
    ),
    'encryption type imported from another stack': tpl({ Dax: dax({ ClusterEndpointEncryptionType: { 'Fn::ImportValue': 'Enc' } }) }),
    'Fn::If with a NONE branch': tpl({ Dax: dax({ ClusterEndpointEncryptionType: { 'Fn::If': ['IsProd', 'TLS', 'NONE'] } }) }, cond),
  },
});
