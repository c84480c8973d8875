import { describeRule, tpl } from '../../support/harness';

const dax = (props: Record<string, unknown>) => ({
  Type: 'AWS::DAX::Cluster',
  Properties: { NodeType: 'dax.r5.large', ReplicationFactor: 3, IAMRoleARN: 'arn:aws:iam::111122223333:role/Dax', ...props },
});
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-DaxClusterEncrypted', {
  pass: {
    'server-side encryption on': tpl({ Dax: dax({ SSESpecification: { SSEEnabled: true } }) }),
    'server-side encryption on as a string': tpl({ Dax: dax({ SSESpecification: { SSEEnabled: 'true' } }) }),
  },
  fail: {
    'SSESpecification absent: cached items stored unencrypted': tpl({ Dax: dax({}) }),
    'SSEEnabled false': tpl({ Dax: dax({ SSESpecification: { SSEEnabled: false } }) }),
    'SSEEnabled from a parameter without AllowedValues (token)': tpl(
      { Dax: dax({ SSESpecification: { SSEEnabled: { Ref: 'Sse' } } }) },
      { Parameters: { Sse: { Type: 'String', Default: 'true' } } },
    ),
    'SSEEnabled imported from another stack': tpl({ Dax: dax({ SSESpecification: { SSEEnabled: { 'Fn::ImportValue': 'Sse' } } }) }),
    'Fn::If that drops the SSESpecification': tpl(
      { Dax: dax({ SSESpecification: { 'Fn::If': ['IsProd', { SSEEnabled: true }, { Ref: 'AWS::NoValue' }] } }) },
      cond,
    ),
  },
});
