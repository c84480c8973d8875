import { describeRule, tpl } from '../../support/harness';

const BLOCK_ALL = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
const bucket = (props: Record<string, unknown>) => ({ Type: 'AWS::S3::Bucket', Properties: props });

describeRule('HealthData-S3BucketPublicAccessBlocked', {
  pass: {
    'all four blocks on': tpl({ Bucket: bucket({ PublicAccessBlockConfiguration: BLOCK_ALL }) }),
    'all four blocks on as the strings CDK may write': tpl({
      Bucket: bucket({ PublicAccessBlockConfiguration: { BlockPublicAcls: 'true', BlockPublicPolicy: 'true', IgnorePublicAcls: 'TRUE', RestrictPublicBuckets: 'true' } }),
    }),
    'a parameter whose AllowedValues are all true': {
      template: tpl(
        { Bucket: bucket({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, BlockPublicPolicy: { Ref: 'Block' } } }) },
        { Parameters: { Block: { Type: 'String', AllowedValues: ['true'], Default: 'true' } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'public access block absent (the account default is not in the template)': tpl({ Bucket: bucket({}) }),
    'one block switched off (BlockPublicPolicy false lets a bucket policy publish the data)': tpl({
      Bucket: bucket({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, BlockPublicPolicy: false } }),
    }),
    'one block absent from the configuration': tpl({
      Bucket: bucket({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true } }),
    }),
    'a block given by a parameter without AllowedValues (token)': tpl(
      { Bucket: bucket({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, RestrictPublicBuckets: { Ref: 'Restrict' } } }) },
      { Parameters: { Restrict: { Type: 'String', Default: 'true' } } },
    ),
    'a block imported from another stack': tpl({
      Bucket: bucket({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, IgnorePublicAcls: { 'Fn::ImportValue': 'Shared-Ignore' } } }),
    }),
    'Fn::If with one branch that drops the configuration': tpl(
      { Bucket: bucket({ PublicAccessBlockConfiguration: { 'Fn::If': ['IsProd', BLOCK_ALL, { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'only the insecure bucket of two is flagged': {
      template: tpl({ Good: bucket({ PublicAccessBlockConfiguration: BLOCK_ALL }), Bad: bucket({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, BlockPublicAcls: false } }) }),
      flagged: ['Bad'],
    },
  },
});
