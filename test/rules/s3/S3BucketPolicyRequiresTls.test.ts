import { describeRule, tpl } from '../../support/harness';

const tlsDeny = (resources: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: resources,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});
const policy = (target: unknown, ...Statement: unknown[]) => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: { Bucket: target, PolicyDocument: { Version: '2012-10-17', Statement } },
});
const shared = ['arn:aws:s3:::shared-recordings', 'arn:aws:s3:::shared-recordings/*'];
const readRole = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Reader' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared-recordings/*' };

describeRule('HealthData-S3BucketPolicyRequiresTls', {
  pass: {
    'a policy for an external bucket that denies requests without TLS on it and its objects': tpl({ Policy: policy('shared-recordings', readRole, tlsDeny(shared)) }),
    'ARNs written with the partition pseudo parameter': tpl({
      Policy: policy('shared-recordings', tlsDeny([{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::shared-recordings' }, { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::shared-recordings/*' }])),
    }),
    'a bucket named by a parameter that the ARNs use too': tpl(
      { Policy: policy({ Ref: 'Name' }, tlsDeny([{ 'Fn::Sub': 'arn:aws:s3:::${Name}' }, { 'Fn::Sub': 'arn:aws:s3:::${Name}/*' }])) },
      { Parameters: { Name: { Type: 'String' } } },
    ),
    'a bucket only known at deploy time, with a deny on every resource': tpl({ Policy: policy({ 'Fn::ImportValue': 'SharedBucket' }, tlsDeny('*')) }),
    'a policy for a bucket of this template is left to S3BucketRequiresTls (not reported twice)': tpl({
      Bucket: { Type: 'AWS::S3::Bucket', Properties: {} },
      Policy: policy({ Ref: 'Bucket' }, readRole),
    }),
  },
  fail: {
    'the TLS deny is absent: the policy replaces the bucket\'s own and allows plain HTTP': tpl({ Policy: policy('shared-recordings', readRole) }),
    'the deny covers the objects only': tpl({ Policy: policy('shared-recordings', tlsDeny(shared[1])) }),
    'a bucket imported from another stack (import) with a deny on a guessed ARN': tpl({ Policy: policy({ 'Fn::ImportValue': 'SharedBucket' }, tlsDeny(shared)) }),
    'Fn::If that drops the deny in one branch': tpl(
      { Policy: policy('shared-recordings', readRole, { 'Fn::If': ['Strict', tlsDeny(shared), { Ref: 'AWS::NoValue' }] }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the deny targets one principal only': tpl({ Policy: policy('shared-recordings', tlsDeny(shared, { Principal: { AWS: 'arn:aws:iam::111122223333:root' } })) }),
  },
});
