import { describeRule, tpl } from '../../support/harness';

const cluster = (props: Record<string, unknown>) => ({
  Type: 'AWS::MemoryDB::Cluster',
  Properties: { ClusterName: 'phi', NodeType: 'db.t4g.small', ...props },
});
const acl = { Type: 'AWS::MemoryDB::ACL', Properties: { ACLName: 'phi-acl', UserNames: ['app'] } };
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-MemoryDbClusterAuthenticated', {
  pass: {
    'a named ACL': tpl({ Db: cluster({ ACLName: 'phi-acl' }) }),
    'Ref to an ACL of the template (the CDK shape: aclName: acl.ref)': tpl({ Acl: acl, Db: cluster({ ACLName: { Ref: 'Acl' } }) }),
    'a parameter whose AllowedValues are all named ACLs': {
      template: tpl(
        { Db: cluster({ ACLName: { Ref: 'Acl' } }) },
        { Parameters: { Acl: { Type: 'String', AllowedValues: ['phi-acl', 'phi-acl-2'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'the open-access ACL lets anyone in without a password': tpl({ Db: cluster({ ACLName: 'open-access' }) }),
    'ACLName absent (not proven)': tpl({ Db: cluster({}) }),
    'ACLName from a parameter without AllowedValues (token)': tpl(
      { Db: cluster({ ACLName: { Ref: 'Acl' } }) },
      { Parameters: { Acl: { Type: 'String', Default: 'phi-acl' } } },
    ),
    'ACLName parameter that allows open-access': tpl(
      { Db: cluster({ ACLName: { Ref: 'Acl' } }) },
      { Parameters: { Acl: { Type: 'String', AllowedValues: ['phi-acl', 'open-access'] } } },
    ),
    'ACLName imported from another stack': tpl({ Db: cluster({ ACLName: { 'Fn::ImportValue': 'Acl' } }) }),
    'Fn::If that falls back to open-access': tpl({ Acl: acl, Db: cluster({ ACLName: { 'Fn::If': ['IsProd', { Ref: 'Acl' }, 'open-access'] } }) }, cond),
  },
});
