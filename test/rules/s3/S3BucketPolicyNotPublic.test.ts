import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from './cdk';

const bucket = { Type: 'AWS::S3::Bucket', Properties: {} };
const policy = (...Statement: unknown[]) => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: { Bucket: { Ref: 'Bucket' }, PolicyDocument: { Version: '2012-10-17', Statement } },
});
const objects = { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, '/*']] };
const allow = (extra: Record<string, unknown>) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: objects, ...extra });

describeRule('HealthData-S3BucketPolicyNotPublic', {
  pass: {
    'a grant to one role': tpl({ Bucket: bucket, Role: { Type: 'AWS::IAM::Role', Properties: {} }, Policy: policy(allow({ Principal: { AWS: { 'Fn::GetAtt': ['Role', 'Arn'] } } })) }),
    'a grant to "*" pinned to the organisation': tpl({ Bucket: bucket, Policy: policy(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })) }),
    'a grant to "*" pinned to a VPC endpoint': tpl({ Bucket: bucket, Policy: policy(allow({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })) }),
    'a public Deny (the TLS deny) grants nothing': tpl({ Bucket: bucket, Policy: policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: objects, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) }),
    'the policy CDK writes for enforceSSL and a CloudFront origin access control': cdkTemplate((s) => {
      const b = new s3.Bucket(s, 'Data', { enforceSSL: true });
      b.addToResourcePolicy(new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [b.arnForObjects('*')],
        principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
        conditions: { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' } },
      }));
    }),
  },
  fail: {
    'a grant to a principal joined from a parameter whose default is "*" (token)': tpl(
      { Bucket: bucket, Policy: policy(allow({ Principal: { AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'Reader' }, ':root']] } } })) },
      { Parameters: { Reader: { Type: 'String', Default: '*' } } },
    ),
    'a grant to a principal read from an SSM parameter resource\'s Value (it can be changed to "*" outside the stack)': tpl({
      Bucket: bucket, Reader: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'arn:aws:iam::111122223333:root' } },
      Policy: policy(allow({ Principal: { AWS: { 'Fn::GetAtt': ['Reader', 'Value'] } } })),
    }),
    'a grant to "*" pinned to any VPC endpoint (StringLike aws:SourceVpce "vpce-*")': tpl({ Bucket: bucket, Policy: policy(allow({ Principal: '*', Condition: { StringLike: { 'aws:SourceVpce': 'vpce-*' } } })) }),
    'a grant to "*" pinned to any organisation (ForAnyValue:StringLike aws:PrincipalOrgPaths "o-*/*")': tpl({ Bucket: bucket, Policy: policy(allow({ Principal: '*', Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-*/*' } } })) }),
    'an Allow to "*" with the restricting condition absent publishes the objects': tpl({ Bucket: bucket, Policy: policy(allow({ Principal: '*' })) }),
    'an Allow to {AWS: "*"} "restricted" by aws:Referer, which any caller can set': tpl({
      Bucket: bucket,
      Policy: policy(allow({ Principal: { AWS: '*' }, Condition: { StringLike: { 'aws:Referer': ['http://www.example.com/*'] } } })),
    }),
    'an Allow to "*" from an IP range is still anonymous internet access': tpl({
      Bucket: bucket,
      Policy: policy(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })),
    }),
    'NotPrincipal in an Allow grants everyone but the named role': tpl({ Bucket: bucket, Policy: policy(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Admin' } })) }),
    'a principal from a parameter without AllowedValues (token) could be "*"': tpl(
      { Bucket: bucket, Policy: policy(allow({ Principal: { AWS: { Ref: 'Reader' } } })) },
      { Parameters: { Reader: { Type: 'String' } } },
    ),
    'a VPC endpoint condition whose value is a parameter without AllowedValues (token) could be "*"': tpl(
      { Bucket: bucket, Policy: policy(allow({ Principal: '*', Condition: { StringLike: { 'aws:SourceVpce': { 'Fn::Sub': '${Vpce}' } } } })) },
      { Parameters: { Vpce: { Type: 'String' } } },
    ),
    'Fn::If that grants to "*" in one branch': tpl(
      { Bucket: bucket, Policy: policy(allow({ Principal: { 'Fn::If': ['Open', '*', { AWS: 'arn:aws:iam::111122223333:root' }] } })) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'a public policy on a bucket outside the template is judged on its own': tpl({
      Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'shared-recordings', PolicyDocument: { Statement: [{ ...allow({ Principal: '*' }), Resource: 'arn:aws:s3:::shared-recordings/*' }] } } },
    }),
    'an Effect other than Deny is read as Allow (a lower-case "allow" is not a Deny)': tpl({ Bucket: bucket, Policy: policy({ ...allow({ Principal: '*' }), Effect: 'allow' }) }),
    'the policy CDK writes for publicReadAccess: true': cdkTemplate((s) => new s3.Bucket(s, 'Data', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY })),
  },
});
