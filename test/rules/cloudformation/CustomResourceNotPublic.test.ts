import { aws_s3 as s3, custom_resources as cr } from 'aws-cdk-lib';
import { describeRule, scan, tpl, type Json } from '../../support/harness';
import { awsCustomResourceFunction, cond, synth } from '../opensearch/fixtures';

const RULE = 'HealthData-CustomResourceNotPublic';
const FUNCTION = 'AWS679f53fac002430cb0da5b7982bd22872D164C4C';
const bucket = { Data: { Type: 'AWS::S3::Bucket' } };

/** An AwsCustomResource as CDK renders it: the call as JSON text joined around the bucket's Ref. */
const call = (create: unknown, extra: Json = {}) => ({
  Type: 'Custom::AWS',
  Properties: { ServiceToken: { 'Fn::GetAtt': [FUNCTION, 'Arn'] }, Create: create, InstallLatestAwsSdk: false, ...extra },
});
/** `{"service":..,"action":..,"parameters":{"Bucket":"<Ref Data>"<rest>}}`, `rest` already JSON text (may hold more parts). */
const joined = (service: string, action: string, ...rest: unknown[]) => ({
  'Fn::Join': ['', [`{"service":"${service}","action":"${action}","parameters":{"Bucket":"`, { Ref: 'Data' }, '"', ...rest, '},"physicalResourceId":{"id":"x"}}']],
});
/** `,"Policy":"<policy as escaped JSON>"`. */
const policyParam = (policy: unknown) => `,"Policy":${JSON.stringify(JSON.stringify(policy))}`;
const putPolicy = (policy: unknown, action = 'putBucketPolicy', service = 'S3') => call(joined(service, action, policyParam(policy)));
const statement = (extra: Json) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*', ...extra }] });

/** A real cr.AwsCustomResource putting a bucket policy, as CDK synthesizes it. */
const cdkPolicy = (principal: unknown): Json => synth((s) => {
  const b = new s3.Bucket(s, 'B');
  new cr.AwsCustomResource(s, 'Put', {
    onCreate: {
      service: 'S3',
      action: 'putBucketPolicy',
      parameters: { Bucket: b.bucketName, Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: `${b.bucketArn}/*` }] }) },
      physicalResourceId: cr.PhysicalResourceId.of('put'),
    },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [b.bucketArn] }),
    installLatestAwsSdk: false,
  });
});
const cdkAcl = (acl: string): Json => synth((s) => {
  const b = new s3.Bucket(s, 'B');
  new cr.AwsCustomResource(s, 'Acl', {
    onCreate: { service: 'S3', action: 'putBucketAcl', parameters: { Bucket: b.bucketName, ACL: acl }, physicalResourceId: cr.PhysicalResourceId.of('acl') },
    policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [b.bucketArn] }),
    installLatestAwsSdk: false,
  });
});
const customIds = (t: Json) => Object.entries(t.Resources as Record<string, Json>).filter(([, r]) => r.Type === 'Custom::AWS').map(([id]) => id);
const cdkPublic = cdkPolicy({ AWS: '*' });
const cdkPublicAcl = cdkAcl('public-read');
const principalParam = { Parameters: { Reader: { Type: 'String' } } };

describeRule(RULE, {
  pass: {
    'a bucket policy put by an AwsCustomResource granting one role (the shape CDK emits)': { template: cdkPolicy({ AWS: 'arn:aws:iam::111122223333:role/reader' }), guard: 'fail' },
    'a bucket policy granting "*" only within the organisation (aws:PrincipalOrgID)': {
      template: tpl({ ...bucket, Put: putPolicy(statement({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })), ...awsCustomResourceFunction }),
      guard: 'fail',
    },
    'a private bucket ACL (the shape CDK emits)': { template: cdkAcl('private'), guard: 'fail' },
    'an object ACL granting WRITE to the S3 log delivery group only': {
      template: tpl({
        ...bucket,
        Put: call(joined('S3', 'putObjectAcl', ',"Key":"log","AccessControlPolicy":{"Owner":{"ID":"abc"},"Grants":[{"Grantee":{"Type":"Group","URI":"http://acs.amazonaws.com/groups/s3/LogDelivery"},"Permission":"WRITE"},{"Grantee":{"Type":"CanonicalUser","ID":"abc"},"Permission":"FULL_CONTROL"}]}')),
        ...awsCustomResourceFunction,
      }),
      guard: 'fail',
    },
    'an AwsCustomResource that only reads (S3 getBucketLocation)': tpl({ ...bucket, Read: call(joined('S3', 'getBucketLocation')), ...awsCustomResourceFunction }),
    'an SNS setTopicAttributes that sets the display name, not the policy': {
      template: tpl({ Set: call(JSON.stringify({ service: 'SNS', action: 'setTopicAttributes', parameters: { TopicArn: 'arn:aws:sns:eu-west-1:111122223333:t', AttributeName: 'DisplayName', AttributeValue: '*' } })), ...awsCustomResourceFunction }),
      guard: 'fail',
    },
    'an AwsCustomResource whose call is imported (unreadable, but it names no policy or ACL action: CustomResourceEffectKnown reports it)': tpl({
      Imp: call({ 'Fn::ImportValue': 'SharedCall' }), ...awsCustomResourceFunction,
    }),
  },
  fail: {
    'a public bucket policy (Principal {AWS: "*"}) put by an AwsCustomResource (the shape CDK emits)': { template: cdkPublic, flagged: customIds(cdkPublic) },
    'a public bucket policy put with the SDK v3 spelling (PutBucketPolicyCommand)': tpl({ ...bucket, Put: putPolicy(statement({ Principal: '*' }), 'PutBucketPolicyCommand', '@aws-sdk/client-s3'), ...awsCustomResourceFunction }),
    'a statement whose Effect is absent (not provably Deny) granting "*"': tpl({ ...bucket, Put: putPolicy({ Statement: [{ Principal: '*', Action: 's3:GetObject', Resource: '*' }] }), ...awsCustomResourceFunction }),
    'a principal built from a parameter (token): it could be "*" at deploy time': tpl({
      ...bucket,
      Put: call(joined('S3', 'putBucketPolicy', ',"Policy":"{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"', { Ref: 'Reader' }, '\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"')),
      ...awsCustomResourceFunction,
    }, principalParam),
    'a principal imported from another stack (token): the call cannot be read and names putBucketPolicy': tpl({
      ...bucket,
      Put: call(joined('S3', 'putBucketPolicy', ',"Policy":"{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"', { 'Fn::ImportValue': 'Reader' }, '\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"')),
      ...awsCustomResourceFunction,
    }),
    'Fn::If that puts a public bucket policy outside prod': tpl({
      ...bucket,
      Put: call({ 'Fn::If': ['IsProd', joined('S3', 'getBucketLocation'), joined('S3', 'putBucketPolicy', policyParam(statement({ Principal: '*' })))] }),
      ...awsCustomResourceFunction,
    }, cond),
    'a public-read bucket ACL (the shape CDK emits)': { template: cdkPublicAcl, flagged: customIds(cdkPublicAcl) },
    'an object ACL granting READ to the AllUsers group': tpl({
      ...bucket,
      Put: call(joined('S3', 'putObjectAcl', ',"Key":"r.wav","AccessControlPolicy":{"Owner":{"ID":"abc"},"Grants":[{"Grantee":{"Type":"Group","URI":"http://acs.amazonaws.com/groups/global/AllUsers"},"Permission":"READ"}]}')),
      ...awsCustomResourceFunction,
    }),
    'a GrantRead header to AuthenticatedUsers set on the bucket': tpl({ ...bucket, Put: call(joined('S3', 'putBucketAcl', ',"GrantRead":"uri=\\"http://acs.amazonaws.com/groups/global/AuthenticatedUsers\\""')), ...awsCustomResourceFunction }),
    'a public SQS queue policy set by setQueueAttributes': tpl({
      Set: call(JSON.stringify({ service: 'SQS', action: 'setQueueAttributes', parameters: { QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111122223333/q', Attributes: { Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:ReceiveMessage', Resource: '*' }] }) } } })),
      ...awsCustomResourceFunction,
    }),
    'a public SNS topic policy given at creation (SDK v3 CreateTopicCommand)': tpl({
      Make: call(JSON.stringify({ service: '@aws-sdk/client-sns', action: 'CreateTopicCommand', parameters: { Name: 't', Attributes: { Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Subscribe', Resource: '*' }] }) } } })),
      ...awsCustomResourceFunction,
    }),
    'an SNS setTopicAttributes whose attribute name is a parameter (token): it could set a public Policy': tpl({
      Set: call({ 'Fn::Join': ['', ['{"service":"SNS","action":"setTopicAttributes","parameters":{"TopicArn":"arn:aws:sns:eu-west-1:111122223333:t","AttributeName":"', { Ref: 'Attr' }, '","AttributeValue":"x"}}']] }),
      ...awsCustomResourceFunction,
    }, { Parameters: { Attr: { Type: 'String' } } }),
  },
});

describe('HealthData-CustomResourceNotPublic findings say what is public and who puts it', () => {
  test('fails: the CDK shape names the principal inside the call and the action that puts it', () => {
    const [f] = scan(cdkPublic).filter((x) => x.ruleId === RULE);
    expect(f.path).toBe('Properties.Create.parameters.Policy.Statement[0].Principal');
    expect(f.detail).toMatch(/^Properties\.Create\.parameters\.Policy\.Statement\[0\]\.Principal \(put after deploy by S3 putBucketPolicy on "\$\{B[0-9A-F]{8}\}"\) allows any principal with no condition/);
  });

  test('fails: a parameter principal is reported as not provable, naming the parameter', () => {
    const t = tpl({
      ...bucket,
      Put: call(joined('S3', 'putBucketPolicy', ',"Policy":"{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"', { Ref: 'Reader' }, '\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"')),
      ...awsCustomResourceFunction,
    }, principalParam);
    expect(scan(t).filter((x) => x.ruleId === RULE).map((x) => x.detail)).toEqual([expect.stringMatching(/depends on \$\{Reader\}, which is only known at deploy time/)]);
  });

  test('fails: a canned ACL from a parameter is reported as not provable, a literal public one as public', () => {
    const acl = (value: unknown[]) => tpl({ ...bucket, Put: call(joined('S3', 'putBucketAcl', ',"ACL":"', ...value, '"')), ...awsCustomResourceFunction }, { Parameters: { Acl: { Type: 'String' } } });
    const details = (t: Json) => scan(t).filter((x) => x.ruleId === RULE).map((x) => x.detail);
    expect(details(acl([{ Ref: 'Acl' }]))).toEqual([expect.stringMatching(/Properties\.Create\.parameters\.ACL .*: it is only known at deploy time and could be public-read \(found: "\$\{Acl\}"\)/)]);
    expect(details(acl(['authenticated-read']))).toEqual([expect.stringMatching(/Properties\.Create\.parameters\.ACL .*: public-read, public-read-write and authenticated-read grant to AllUsers/)]);
  });

  test('passes: a private policy leaves the call to CustomResourceEffectKnown, which still reports that the policy is replaced', () => {
    const t = cdkPolicy({ AWS: 'arn:aws:iam::111122223333:role/reader' });
    const ids = scan(t).map((f) => f.ruleId);
    expect(ids).not.toContain(RULE);
    expect(ids).toContain('HealthData-CustomResourceEffectKnown');
  });
});
