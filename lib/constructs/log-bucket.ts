/** Private, TLS-only, versioned, retained buckets that receive logs (not health data itself). */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { HealthDataKey } from './health-data-key';
import { acknowledge } from './shared';

export interface LogBucketOptions {
  /** How long logs are kept. */
  readonly retention: Duration;
  /** SSE-KMS with this key; without one, SSE-S3 (for log sources that support nothing else). */
  readonly key?: HealthDataKey;
}

/** A bucket for server access logs (SSE-KMS) or ELB access logs (SSE-S3, the only option ELB supports). */
export function createLogBucket(scope: Construct, id: string, options: LogBucketOptions): s3.Bucket {
  options.key?.allowS3ServerAccessLogDelivery();
  const bucket = new s3.Bucket(scope, id, {
    ...(options.key
      ? { encryption: s3.BucketEncryption.KMS, encryptionKey: options.key.key, bucketKeyEnabled: true }
      : { encryption: s3.BucketEncryption.S3_MANAGED }),
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    // Object Lock capability (no default retention) where the log source allows it; S3 server access log
    // delivery does not (S3 User Guide), so KMS-encrypted server-access-log buckets go without.
    objectLockEnabled: options.key ? undefined : true,
    removalPolicy: RemovalPolicy.RETAIN,
    lifecycleRules: [{
      id: 'log-retention',
      expiration: options.retention,
      noncurrentVersionExpiration: Duration.days(1),
      abortIncompleteMultipartUploadAfter: Duration.days(7),
    }],
  });
  (bucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = {
    eventBridgeConfiguration: { eventBridgeEnabled: true },
  };
  acknowledge(bucket, 'hipaaS3Replication');
  acknowledge(bucket, 'nistS3Replication');
  if (!options.key) {
    for (const a of ['elbLogsSseS3HealthData', 'elbLogsSseS3Hipaa', 'elbLogsSseS3Nist', 'elbLogsSseS3ControlTower'] as const) acknowledge(bucket, a);
  }
  return bucket;
}

/** Send `source`'s S3 server access logs to `target` (bucket policy for the logging service; no ACLs). */
export function logServerAccessTo(source: s3.Bucket, target: s3.Bucket, prefix: string): void {
  (source.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
    destinationBucketName: target.bucketName,
    logFilePrefix: prefix,
  };
  target.addToResourcePolicy(new iam.PolicyStatement({
    sid: `S3ServerAccessLogDelivery${prefix.replace(/[^A-Za-z0-9]/g, '')}`,
    principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
    actions: ['s3:PutObject'],
    resources: [target.arnForObjects(`${prefix}*`)],
    conditions: {
      ArnLike: { 'aws:SourceArn': source.bucketArn },
      StringEquals: { 'aws:SourceAccount': Stack.of(source).account },
    },
  }));
  // The destination keeps no access log of its own (S3 advises against it) and cannot use Object Lock.
  acknowledge(target, 'accessLogBucketNotLogged');
  acknowledge(target, 'accessLogBucketNoObjectLock');
}
