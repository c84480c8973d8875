import { describeRule, tpl } from '../../support/harness';

const cluster = (props: Record<string, unknown>) => ({
  Type: 'AWS::MemoryDB::Cluster',
  Properties: { ClusterName: 'phi', NodeType: 'db.t4g.small', ACLName: 'phi-acl', ...props },
});
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-MemoryDbClusterTlsEnabled', {
  pass: {
    'TLSEnabled absent (MemoryDB defaults to TLS)': tpl({ Db: cluster({}) }),
    'TLSEnabled true as CDK writes it': tpl({ Db: cluster({ TLSEnabled: true }) }),
    'TLSEnabled "true" as a string': tpl({ Db: cluster({ TLSEnabled: 'true' }) }),
  },
  fail: {
    'TLSEnabled false (unlike absent, which defaults to TLS) sends records in plaintext': tpl({ Db: cluster({ TLSEnabled: false, ACLName: 'open-access' }) }),
    'TLSEnabled "false" as a string': tpl({ Db: cluster({ TLSEnabled: 'false' }) }),
    'TLSEnabled from a parameter without AllowedValues (token)': tpl(
      { Db: cluster({ TLSEnabled: { Ref: 'Tls' } }) },
      { Parameters: { Tls: { Type: 'String', Default: 'true' } } },
    ),
    'TLSEnabled imported from another stack': tpl({ Db: cluster({ TLSEnabled: { 'Fn::ImportValue': 'Tls' } }) }),
    'Fn::If that turns TLS off outside prod': tpl({ Db: cluster({ TLSEnabled: { 'Fn::If': ['IsProd', true, false] } }) }, cond),
  },
});
