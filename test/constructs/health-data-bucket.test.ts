import { Duration, Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { HealthDataBucket } from '../../lib/constructs';
import { synthWithChecks, templateOf } from './support';

const retention = Duration.days(365);

describe('HealthDataBucket', () => {
  const t = templateOf((s) => { new HealthDataBucket(s, 'B', { retention }); });
  const bucket = () => Object.entries(t.findResources('AWS::S3::Bucket')).find(([id]) => id.startsWith('BBucket'))![1];

  test('SSE-KMS with a customer key and the bucket key', () => {
    expect(bucket().Properties.BucketEncryption.ServerSideEncryptionConfiguration[0]).toMatchObject({
      BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: expect.anything() },
    });
  });
  test('all public access blocked, ACLs disabled, versioned, retained', () => {
    expect(bucket().Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
      ObjectLockEnabled: true,
    });
    expect(bucket().DeletionPolicy).toBe('Retain');
  });
  test('retention is a maximum: current and noncurrent versions expire', () => {
    expect(bucket().Properties.LifecycleConfiguration.Rules[0]).toMatchObject({ ExpirationInDays: 365, NoncurrentVersionExpiration: { NoncurrentDays: 30 } });
  });
  test('server access logs go to a dedicated KMS-encrypted log bucket', () => {
    expect(bucket().Properties.LoggingConfiguration).toMatchObject({ DestinationBucketName: { Ref: expect.stringMatching(/^BAccessLogs/) } });
    t.hasResourceProperties('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logging.s3.amazonaws.com' } })]) } });
  });
  test('denies non-TLS and TLS below 1.2', () => {
    t.hasResourceProperties('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: Match.arrayWith([
      Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      Match.objectLike({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
    ]) } });
  });
  test('optional VPC endpoint restriction', () => {
    const v = templateOf((s) => {
      const ep = { vpcEndpointId: 'vpce-123' } as never;
      new HealthDataBucket(s, 'B', { retention, onlyThroughVpcEndpoint: { endpoint: ep } });
    });
    v.hasResourceProperties('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: Match.arrayWith([
      Match.objectLike({ Sid: 'DenyObjectAccessOutsideVpcEndpoint', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-123' } } }),
    ]) } });
  });
  test('fails: publicReadAccess is refused', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, publicReadAccess: true } as never); }))
      .toThrow(/'publicReadAccess' is not allowed on HealthDataBucket \(got true\): health data must never be public\. Fix:/);
  });
  test('fails: enforceSSL false is refused', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, enforceSSL: false } as never); }))
      .toThrow(/'enforceSSL' is not allowed on HealthDataBucket \(got false\)/);
  });
  test('fails: SSE-S3 encryption is refused', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, encryption: 'S3_MANAGED' } as never); }))
      .toThrow(/'encryption' is not allowed on HealthDataBucket \(got "S3_MANAGED"\)/);
  });
  test('fails: website hosting is refused', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, websiteIndexDocument: 'index.html' } as never); }))
      .toThrow(/'websiteIndexDocument' is not allowed on HealthDataBucket .*plain HTTP/);
  });
  test('fails: removalPolicy is refused', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, removalPolicy: 'destroy' } as never); }))
      .toThrow(/'removalPolicy' is not allowed on HealthDataBucket/);
  });
  test('fails: no retention', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', {} as never); }))
      .toThrow(/'retention' on HealthDataBucket is insecure \(got undefined\): health data needs a maximum retention period/);
  });
  test('fails: retention as a token', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention: Duration.days(Token.asNumber({ Ref: 'Days' })) }); }))
      .toThrow(/'retention' on HealthDataBucket is an unresolved token/);
  });
  test('fails: Object Lock longer than retention', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, objectLock: { mode: 'COMPLIANCE', duration: Duration.days(400) } }); }))
      .toThrow(/'objectLock.duration' on HealthDataBucket is insecure \(got "400 days"\)/);
  });
  test('fails: access logs kept less than a year', () => {
    expect(() => templateOf((s) => { new HealthDataBucket(s, 'B', { retention, accessLogRetention: Duration.days(30) }); }))
      .toThrow(/'accessLogRetention' on HealthDataBucket is insecure/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new HealthDataBucket(s, 'B', { retention }); }).findings).toEqual([]);
  });
});
