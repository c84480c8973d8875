import * as s3 from 'aws-cdk-lib/aws-s3';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';

const bucket = (props: Record<string, unknown>) => ({ Type: 'AWS::S3::Bucket', Properties: props });

describeRule('HealthData-S3BucketAclNotPublic', {
  pass: {
    'no canned ACL (the default is private)': tpl({ Bucket: bucket({}) }),
    'Private': tpl({ Bucket: bucket({ AccessControl: 'Private' }) }),
    'LogDeliveryWrite for an access-log bucket': tpl({ Bucket: bucket({ AccessControl: 'LogDeliveryWrite' }) }),
    'BucketOwnerFullControl': tpl({ Bucket: bucket({ AccessControl: 'BucketOwnerFullControl' }) }),
    'a parameter whose AllowedValues are all private ACLs': {
      template: tpl(
        { Bucket: bucket({ AccessControl: { Ref: 'Acl' } }) },
        { Parameters: { Acl: { Type: 'String', AllowedValues: ['Private', 'BucketOwnerRead'] } } },
      ),
      guard: 'fail',
    },
    'the bucket CDK writes by default': cdkTemplate((s) => new s3.Bucket(s, 'Data')),
  },
  fail: {
    'PublicRead lets anyone on the internet read every object (public access block absent)': tpl({ Bucket: bucket({ AccessControl: 'PublicRead' }) }),
    'PublicReadWrite lets anyone overwrite and read the data': tpl({ Bucket: bucket({ AccessControl: 'PublicReadWrite' }) }),
    'AuthenticatedRead lets any AWS account in the world read the data': tpl({ Bucket: bucket({ AccessControl: 'AuthenticatedRead' }) }),
    'an ACL from a parameter without AllowedValues (token) could be PublicRead': tpl(
      { Bucket: bucket({ AccessControl: { Ref: 'Acl' } }) },
      { Parameters: { Acl: { Type: 'String', Default: 'Private' } } },
    ),
    'a parameter whose AllowedValues include PublicRead': tpl(
      { Bucket: bucket({ AccessControl: { Ref: 'Acl' } }) },
      { Parameters: { Acl: { Type: 'String', AllowedValues: ['Private', 'PublicRead'] } } },
    ),
    'Fn::If with a PublicRead branch': tpl(
      { Bucket: bucket({ AccessControl: { 'Fn::If': ['IsDemo', 'PublicRead', 'Private'] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsDemo: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'only the public of two buckets is flagged': {
      template: tpl({ Good: bucket({ AccessControl: 'Private' }), Bad: bucket({ AccessControl: 'PublicRead' }) }),
      flagged: ['Bad'],
    },
    'the shape CDK writes for accessControl: PUBLIC_READ': cdkTemplate((s) => new s3.Bucket(s, 'Data', {
      accessControl: s3.BucketAccessControl.PUBLIC_READ,
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
    })),
  },
});
