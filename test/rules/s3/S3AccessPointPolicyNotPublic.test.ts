import { describeRule, tpl } from '../../support/harness';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const grant = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:eu-west-1:111122223333:accesspoint/recordings-ap/object/*',
  ...extra,
});
const ap = (Policy?: unknown) => ({ Type: 'AWS::S3::AccessPoint', Properties: { Bucket: 'recordings', Name: 'recordings-ap', ...(Policy ? { Policy } : {}) } });
const mrapPolicy = (Policy: unknown) => ({ Type: 'AWS::S3::MultiRegionAccessPointPolicy', Properties: { MrapName: 'recordings', Policy } });

describeRule('HealthData-S3AccessPointPolicyNotPublic', {
  pass: {
    'no access point policy': tpl({ Ap: ap() }),
    'a grant to one account': tpl({ Ap: ap(doc(grant({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))) }),
    'a grant to "*" pinned to the owner account': tpl({ Ap: ap(doc(grant({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '${AWS::AccountId}' } } }))) }),
    'a Multi-Region Access Point policy for one role': tpl({ P: mrapPolicy(doc(grant({ Principal: { AWS: 'arn:aws:iam::111122223333:role/Reader' } }))) }),
  },
  fail: {
    'a grant to "*" with the restricting condition absent': tpl({ Ap: ap(doc(grant({ Principal: '*' }))) }),
    'a principal from a parameter without AllowedValues (token)': tpl(
      { Ap: ap(doc(grant({ Principal: { AWS: { Ref: 'Who' } } }))) },
      { Parameters: { Who: { Type: 'String' } } },
    ),
    'Fn::If with a branch that grants to everyone': tpl(
      { Ap: ap(doc(grant({ Principal: { 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] } }))) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'NotPrincipal in an Allow grants everyone else': tpl({ Ap: ap(doc(grant({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }))) }),
    'a public Multi-Region Access Point policy': tpl({ P: mrapPolicy(doc(grant({ Principal: { AWS: '*' } }))) }),
  },
});
