import * as s3 from 'aws-cdk-lib/aws-s3';
import { describeRule, tpl, type Json } from '../../support/harness';
import { cdkTemplate, idsOfType } from './cdk';

const bucket = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::S3::Bucket', Properties: props });
const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const objects = (id: string) => ({ 'Fn::Join': ['', [arn(id), '/*']] });
const tlsDeny = (resources: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: 's3:*',
  Resource: resources,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});
const policy = (target: unknown, ...Statement: unknown[]) => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: { Bucket: target, PolicyDocument: { Version: '2012-10-17', Statement } },
});
const guarded = (id = 'Bucket', props: Record<string, unknown> = {}): Json => ({
  [id]: bucket(props),
  [`${id}Policy`]: policy({ Ref: id }, tlsDeny([arn(id), objects(id)])),
});
const cdkPlain = cdkTemplate((s) => new s3.Bucket(s, 'Data'));

describeRule('HealthData-S3BucketRequiresTls', {
  pass: {
    'a policy with Ref to the bucket denying SecureTransport false on the bucket and its objects': tpl(guarded()),
    'the policy CDK writes for enforceSSL: true': cdkTemplate((s) => new s3.Bucket(s, 'Data', { enforceSSL: true })),
    'two buckets, each with its own TLS-deny policy and a TLS 1.2 minimum (as CDK writes for a bucket and its log bucket)': cdkTemplate((s) => {
      const logs = new s3.Bucket(s, 'Logs', { enforceSSL: true, minimumTLSVersion: 1.2 });
      new s3.Bucket(s, 'Data', { enforceSSL: true, minimumTLSVersion: 1.2, serverAccessLogsBucket: logs });
    }),
    'a policy naming the bucket by its literal name and ARNs, with Principal "*", Action "*" and a boolean false': tpl({
      Bucket: bucket({ BucketName: 'call-recordings' }),
      Policy: policy('call-recordings', {
        Effect: 'Deny', Principal: '*', Action: '*',
        Resource: ['arn:aws:s3:::call-recordings', 'arn:aws:s3:::call-recordings/*'],
        Condition: { Bool: { 'aws:SecureTransport': false } },
      }),
    }),
    'ARNs built with Fn::Sub from the partition and the bucket name': tpl({
      Bucket: bucket(),
      Policy: policy({ Ref: 'Bucket' }, tlsDeny([
        { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}' },
        { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' },
      ])),
    }),
    'the bucket name and the policy target given by the same parameter': tpl(
      {
        Bucket: bucket({ BucketName: { Ref: 'Name' } }),
        Policy: policy({ Ref: 'Name' }, tlsDeny([{ 'Fn::Sub': 'arn:aws:s3:::${Name}' }, { 'Fn::Sub': 'arn:aws:s3:::${Name}/*' }])),
      },
      { Parameters: { Name: { Type: 'String' } } },
    ),
    'a TLS-version deny beside the SecureTransport deny': tpl({
      Bucket: bucket(),
      Policy: policy({ Ref: 'Bucket' }, tlsDeny([arn('Bucket'), objects('Bucket')]),
        tlsDeny([arn('Bucket'), objects('Bucket')], { Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } })),
    }),
    'a website that only redirects every request (serves no object)': tpl(guarded('Bucket', { WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: 'example.com', Protocol: 'https' } } })),
  },
  fail: {
    'bucket policy absent: S3 answers plain HTTP': tpl({ Bucket: bucket() }),
    'the bucket CDK writes without enforceSSL (the default) has no TLS deny': cdkPlain,
    'a TLS deny on another bucket does not protect this one': {
      template: tpl({ ...guarded('Other'), Bucket: bucket() }),
      flagged: ['Bucket'],
    },
    'a policy for this bucket whose TLS deny names another bucket\'s ARNs': {
      template: tpl({ Other: bucket(), Bucket: bucket(), Policy: policy({ Ref: 'Bucket' }, tlsDeny([arn('Other'), objects('Other')])) }),
      flagged: ['Bucket', 'Other'],
    },
    'the deny covers the bucket but not its objects (GetObject over HTTP is allowed)': tpl({ Bucket: bucket(), Policy: policy({ Ref: 'Bucket' }, tlsDeny(arn('Bucket'))) }),
    'the deny covers only some actions': tpl({ Bucket: bucket(), Policy: policy({ Ref: 'Bucket' }, tlsDeny([arn('Bucket'), objects('Bucket')], { Action: ['s3:PutObject'] })) }),
    'the condition denies requests WITH TLS (SecureTransport "true")': tpl({
      Bucket: bucket(),
      Policy: policy({ Ref: 'Bucket' }, tlsDeny([arn('Bucket'), objects('Bucket')], { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
    }),
    'a TLS-version deny alone still lets plain HTTP through': tpl({
      Bucket: bucket(),
      Policy: policy({ Ref: 'Bucket' }, tlsDeny([arn('Bucket'), objects('Bucket')], { Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } })),
    }),
    'the policy targets a bucket name from a parameter (token) that cannot be proven to be this bucket': tpl(
      { Bucket: bucket(), Policy: policy({ Ref: 'Target' }, tlsDeny('*')) },
      { Parameters: { Target: { Type: 'String' } } },
    ),
    'Fn::If that drops the TLS deny in one branch': tpl(
      {
        Bucket: bucket(),
        Policy: policy({ Ref: 'Bucket' }, { 'Fn::If': ['Strict', tlsDeny([arn('Bucket'), objects('Bucket')]), { Ref: 'AWS::NoValue' }] }),
      },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'the policy is only created under a condition': tpl(
      { Bucket: bucket(), Policy: { ...policy({ Ref: 'Bucket' }, tlsDeny([arn('Bucket'), objects('Bucket')])), Condition: 'IsProd' } },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'website hosting serves objects over plain HTTP even with a TLS deny': tpl(guarded('Bucket', { WebsiteConfiguration: { IndexDocument: 'index.html' } })),
    'a plain bucket beside an enforceSSL bucket: only the plain bucket is exposed (CDK)': {
      template: cdkTemplate((s) => {
        new s3.Bucket(s, 'Secure', { enforceSSL: true });
        new s3.Bucket(s, 'Plain');
      }),
      flagged: idsOfType(cdkTemplate((s) => new s3.Bucket(s, 'Plain')), 'AWS::S3::Bucket'),
    },
    'a website bucket beside a protected bucket: only the website bucket is exposed': {
      template: tpl({ ...guarded('Site', { WebsiteConfiguration: { IndexDocument: 'index.html' } }), ...guarded('Records') }),
      flagged: ['Site'],
    },
    'a weak policy on one bucket beside a protected bucket: only the weakly guarded bucket is exposed': {
      template: tpl({ ...guarded('Records'), Bucket: bucket({ Tags: [{ Key: 'k', Value: 'v' }] }), Policy: policy({ Ref: 'Bucket' }, tlsDeny(arn('Bucket'))) }),
      flagged: ['Bucket'],
    },
    'a policy naming the bucket by its literal name whose deny misses the objects, beside a protected bucket': {
      template: tpl({
        ...guarded('Records'),
        Bucket: bucket({ BucketName: 'call-recordings' }),
        Policy: policy('call-recordings', tlsDeny(['arn:aws:s3:::call-recordings'])),
      }),
      flagged: ['Bucket'],
    },
    'the website bucket CDK writes (websiteIndexDocument)': {
      template: cdkTemplate((s) => new s3.Bucket(s, 'Site', { websiteIndexDocument: 'index.html', enforceSSL: true })),
      flagged: idsOfType(cdkTemplate((s) => new s3.Bucket(s, 'Site', { websiteIndexDocument: 'index.html', enforceSSL: true })), 'AWS::S3::Bucket'),
    },
  },
});
