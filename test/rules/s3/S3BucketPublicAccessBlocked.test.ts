import { describeRule, tpl } from '../../support/harness';
import { awsCustomResourceFunction } from '../opensearch/fixtures';

/** An AwsCustomResource call on the bucket, as CDK renders it (JSON joined around the bucket's Ref). */
const callOnBucket = (service: string, action: string, extra = '') => ({
  Type: 'Custom::AWS',
  Properties: {
    ServiceToken: { 'Fn::GetAtt': ['AWS679f53fac002430cb0da5b7982bd22872D164C4C', 'Arn'] },
    Create: { 'Fn::Join': ['', [`{"service":"${service}","action":"${action}","parameters":{"Bucket":"`, { Ref: 'Bucket' }, `"${extra}},"physicalResourceId":{"id":"x"}}`]] },
  },
});

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
    'all four blocks on, and an AwsCustomResource that only reads the bucket location': {
      template: tpl({ Bucket: bucket({ PublicAccessBlockConfiguration: BLOCK_ALL }), Read: callOnBucket('S3', 'getBucketLocation'), ...awsCustomResourceFunction }),
      guard: 'fail',
    },
  },
  fail: {
    'all four blocks on in the template, deleted after deploy by an AwsCustomResource (DeletePublicAccessBlockCommand)': tpl({
      Bucket: bucket({ PublicAccessBlockConfiguration: BLOCK_ALL }), Unblock: callOnBucket('@aws-sdk/client-s3', 'DeletePublicAccessBlockCommand'), ...awsCustomResourceFunction,
    }),
    'all four blocks on in the template, BlockPublicPolicy turned off after deploy by putPublicAccessBlock': tpl({
      Bucket: bucket({ PublicAccessBlockConfiguration: BLOCK_ALL }),
      Weaken: callOnBucket('S3', 'putPublicAccessBlock', ',"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"IgnorePublicAcls":true,"BlockPublicPolicy":false,"RestrictPublicBuckets":true}'),
      ...awsCustomResourceFunction,
    }),
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
