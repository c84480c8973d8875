import { Duration, Lazy, RemovalPolicy } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ensure, guardProps, type Refusal } from './guard-props';
import { HealthDataKey } from './health-data-key';
import { createLogBucket, logServerAccessTo } from './log-bucket';
import { acknowledge, definedOnly } from './shared';

/** Props of `s3.BucketProps` that are insecure for health data, and why. */
const REFUSED: Record<string, Refusal> = {
  publicReadAccess: { why: 'health data must never be public', fix: "remove 'publicReadAccess'; give readers access with grantRead(role)" },
  blockPublicAccess: { why: 'all four public-access blocks are always on for health data', fix: "remove 'blockPublicAccess'" },
  accessControl: { why: 'ACLs are disabled (bucket owner enforced); a canned ACL can make objects public', fix: "remove 'accessControl'; use grantRead/grantWrite" },
  objectOwnership: { why: 'ACLs stay disabled so that only the bucket policy and IAM decide access', fix: "remove 'objectOwnership'" },
  encryption: { why: 'health data is encrypted with a customer-managed KMS key (SSE-KMS)', fix: "remove 'encryption'; pass 'key' to choose the HealthDataKey" },
  encryptionKey: { why: 'the bucket key must be a HealthDataKey (rotation, retention, scoped key policy)', fix: "pass 'key: new HealthDataKey(...)' instead" },
  bucketKeyEnabled: { why: 'the S3 bucket key is always on', fix: "remove 'bucketKeyEnabled'" },
  enforceSSL: { why: 'requests without TLS are always denied', fix: "remove 'enforceSSL'" },
  minimumTLSVersion: { why: 'TLS below 1.2 is always denied', fix: "remove 'minimumTLSVersion'" },
  versioned: { why: 'versioning is always on so an overwrite or delete can be undone within the retention period', fix: "remove 'versioned'" },
  removalPolicy: { why: 'deleting the stack must not delete health data', fix: "remove 'removalPolicy'; expire data with 'retention'" },
  autoDeleteObjects: { why: 'health data is deleted by the retention period only, never by a stack deletion', fix: "remove 'autoDeleteObjects'" },
  websiteIndexDocument: { why: 'static website hosting serves objects over plain HTTP to the public', fix: "remove 'websiteIndexDocument'" },
  websiteErrorDocument: { why: 'static website hosting serves objects over plain HTTP to the public', fix: "remove 'websiteErrorDocument'" },
  websiteRedirect: { why: 'static website hosting serves objects over plain HTTP to the public', fix: "remove 'websiteRedirect'" },
  websiteRoutingRules: { why: 'static website hosting serves objects over plain HTTP to the public', fix: "remove 'websiteRoutingRules'" },
  cors: { why: 'cross-origin browser access to health data is not supported', fix: "remove 'cors'; serve data through an authenticated internal service" },
  lifecycleRules: { why: "expiry is decided by 'retention' so that no rule keeps data longer", fix: "use 'retention' and 'noncurrentVersionRetention'" },
  serverAccessLogsBucket: { why: 'access logs go to a dedicated encrypted log bucket that the construct creates', fix: "remove 'serverAccessLogsBucket'" },
  serverAccessLogsPrefix: { why: 'access logs go to a dedicated encrypted log bucket that the construct creates', fix: "remove 'serverAccessLogsPrefix'" },
  objectLockEnabled: { why: "Object Lock is always enabled so that 'objectLock' retention can be applied", fix: "remove 'objectLockEnabled'; pass 'objectLock' for default retention" },
  objectLockDefaultRetention: { why: 'a lock longer than the retention period would keep health data past its maximum; the construct checks it', fix: "pass 'objectLock: { mode, duration }'" },
  eventBridgeEnabled: { why: 'object events always go to EventBridge (audit trail, Control Tower CT.S3.PR.4)', fix: "remove 'eventBridgeEnabled'" },
};

type RefusedBucketProp = 'publicReadAccess' | 'blockPublicAccess' | 'accessControl' | 'objectOwnership' | 'encryption'
  | 'encryptionKey' | 'bucketKeyEnabled' | 'enforceSSL' | 'minimumTLSVersion' | 'versioned' | 'removalPolicy'
  | 'autoDeleteObjects' | 'websiteIndexDocument' | 'websiteErrorDocument' | 'websiteRedirect' | 'websiteRoutingRules'
  | 'cors' | 'lifecycleRules' | 'serverAccessLogsBucket' | 'serverAccessLogsPrefix' | 'objectLockEnabled'
  | 'objectLockDefaultRetention' | 'eventBridgeEnabled';

/** The `s3.BucketProps` a HealthDataBucket passes through unchanged. */
type PassedBucketProp = 'bucketName';

export interface HealthDataBucketProps extends Pick<Omit<s3.BucketProps, RefusedBucketProp>, PassedBucketProp> {
  /**
   * The longest time any object may be kept. Current versions expire after this period; it is a maximum,
   * so health data does not pile up for years the way the 1177 recordings did.
   */
  readonly retention: Duration;
  /**
   * How long an overwritten or deleted version is kept before it is removed.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionRetention?: Duration;
  /**
   * Key for SSE-KMS (objects and access logs).
   * @default - a new HealthDataKey
   */
  readonly key?: HealthDataKey;
  /**
   * Write-once protection: objects cannot be deleted or overwritten for this long (at most `retention`).
   * @default - no Object Lock
   */
  readonly objectLock?: HealthDataObjectLock;
  /**
   * Deny object reads, writes and deletes that do not arrive through this VPC endpoint (e.g. a
   * HealthDataNetwork's `s3Endpoint`), except by the listed roles (e.g. a Transfer Family user role).
   * @default - no endpoint restriction; IAM and the bucket policy still decide access
   */
  readonly onlyThroughVpcEndpoint?: HealthDataVpcEndpointRestriction;
  /**
   * How long server access logs are kept (at least one year).
   * @default Duration.days(365)
   */
  readonly accessLogRetention?: Duration;
}

export interface HealthDataObjectLock {
  /** GOVERNANCE (privileged users may lift it) or COMPLIANCE (nobody can, including root). */
  readonly mode: 'GOVERNANCE' | 'COMPLIANCE';
  /** Default retention of each new object version. */
  readonly duration: Duration;
}

export interface HealthDataVpcEndpointRestriction {
  /** The S3 (gateway or interface) endpoint that every object request must come through. */
  readonly endpoint: ec2.IVpcEndpoint;
  /**
   * Roles allowed from outside the endpoint, e.g. the role AWS Transfer Family assumes on a user's behalf.
   * @default - none
   */
  readonly exceptRoles?: iam.IRole[];
}

/** The secure defaults of HealthDataBucket, in one place. */
export const HEALTH_DATA_BUCKET_DEFAULTS = {
  encryption: s3.BucketEncryption.KMS,
  bucketKeyEnabled: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  versioned: true,
  removalPolicy: RemovalPolicy.RETAIN,
  noncurrentVersionRetention: Duration.days(30),
  accessLogRetention: Duration.days(365),
  abortIncompleteMultipartUploadAfter: Duration.days(7),
  accessLogPrefix: 'access-logs/',
  /** Object Lock capability is on; a default retention is applied only when `objectLock` is given. */
  objectLockEnabled: true,
  eventBridgeEnabled: true,
} as const;

const NAME = 'HealthDataBucket';

/**
 * An S3 bucket for health data: SSE-KMS with a HealthDataKey and the bucket key,
 * all public access blocked, ACLs disabled, TLS 1.2+ only, versioned, server access
 * logs to a dedicated encrypted log bucket, expiry after a retention period,
 * optional Object Lock and VPC-endpoint restriction, retained when the stack is deleted.
 */
export class HealthDataBucket extends Construct {
  public readonly bucket: s3.Bucket;
  /** The dedicated bucket that receives this bucket's server access logs. */
  public readonly accessLogsBucket: s3.Bucket;
  public readonly key: HealthDataKey;
  private readonly exemptRoles: iam.IRole[] = [];
  private readonly restricted: boolean;

  constructor(scope: Construct, id: string, props: HealthDataBucketProps) {
    super(scope, id);
    this.restricted = props?.onlyThroughVpcEndpoint !== undefined;
    guardProps(NAME, props, {
      refused: REFUSED,
      allowed: ['retention', 'noncurrentVersionRetention', 'key', 'objectLock', 'onlyThroughVpcEndpoint',
        'accessLogRetention', 'bucketName'],
      concrete: ['retention', 'noncurrentVersionRetention', 'objectLock', 'accessLogRetention'],
    });
    ensure(props.retention !== undefined, NAME, 'retention', props.retention, {
      why: 'health data needs a maximum retention period, or it is kept forever', fix: "pass 'retention', e.g. Duration.days(365 * 3)",
    });
    const d = { ...HEALTH_DATA_BUCKET_DEFAULTS, ...definedOnly(props) };
    const retentionDays = props.retention.toDays();
    ensure(retentionDays >= 1, NAME, 'retention', props.retention.toHumanString(), { why: 'S3 expires objects after whole days', fix: 'use at least Duration.days(1)' });
    ensure(d.noncurrentVersionRetention.toDays() >= 1 && d.noncurrentVersionRetention.toDays() <= retentionDays, NAME,
      'noncurrentVersionRetention', d.noncurrentVersionRetention.toHumanString(), {
        why: 'old versions must expire within the retention period', fix: "use 1 day up to 'retention'",
      });
    ensure(d.accessLogRetention.toDays() >= 365, NAME, 'accessLogRetention', d.accessLogRetention.toHumanString(), {
      why: 'access logs of health data must be kept at least a year to investigate who read what', fix: 'use Duration.days(365) or longer',
    });
    if (props.objectLock) {
      ensure(['GOVERNANCE', 'COMPLIANCE'].includes(props.objectLock.mode), NAME, 'objectLock.mode', props.objectLock.mode, {
        why: 'Object Lock has two modes', fix: "use 'GOVERNANCE' or 'COMPLIANCE'",
      });
      const lockDays = props.objectLock.duration.toDays();
      ensure(lockDays >= 1 && lockDays <= retentionDays, NAME, 'objectLock.duration', props.objectLock.duration.toHumanString(), {
        why: 'a lock longer than the retention period keeps health data past its maximum', fix: "use 1 day up to 'retention'",
      });
    }

    this.key = props.key ?? new HealthDataKey(this, 'Key');

    this.accessLogsBucket = createLogBucket(this, 'AccessLogs', { key: this.key, retention: d.accessLogRetention });
    acknowledge(this, 'hipaaS3Replication');
    acknowledge(this, 'nistS3Replication');

    this.bucket = new s3.Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      encryption: d.encryption,
      encryptionKey: this.key.key,
      bucketKeyEnabled: d.bucketKeyEnabled,
      blockPublicAccess: d.blockPublicAccess,
      objectOwnership: d.objectOwnership,
      enforceSSL: d.enforceSSL,
      minimumTLSVersion: d.minimumTLSVersion,
      versioned: d.versioned,
      removalPolicy: d.removalPolicy,
      objectLockEnabled: d.objectLockEnabled,
      objectLockDefaultRetention: props.objectLock
        ? (props.objectLock.mode === 'COMPLIANCE'
          ? s3.ObjectLockRetention.compliance(props.objectLock.duration)
          : s3.ObjectLockRetention.governance(props.objectLock.duration))
        : undefined,
      lifecycleRules: [{
        id: 'health-data-retention',
        expiration: props.retention,
        noncurrentVersionExpiration: d.noncurrentVersionRetention,
        abortIncompleteMultipartUploadAfter: d.abortIncompleteMultipartUploadAfter,
      }],
    });

    // EventBridge notifications set on the L1: CDK's eventBridgeEnabled goes through a Lambda-backed custom resource.
    (this.bucket.node.defaultChild as s3.CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: d.eventBridgeEnabled },
    };
    // Server access logging written explicitly (bucket policy for the logging service, no ACLs), so the result
    // does not depend on the @aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy feature flag.
    logServerAccessTo(this.bucket, this.accessLogsBucket, d.accessLogPrefix);

    if (props.onlyThroughVpcEndpoint) {
      const { endpoint, exceptRoles = [] } = props.onlyThroughVpcEndpoint;
      this.exemptRoles.push(...exceptRoles);
      const conditions: Record<string, Record<string, unknown>> = {
        StringNotEquals: { 'aws:SourceVpce': endpoint.vpcEndpointId },
      };
      // Rendered lazily, so roles exempted after construction are included.
      conditions.ArnNotEquals = Lazy.any({
        produce: () => (this.exemptRoles.length ? { 'aws:PrincipalArn': this.exemptRoles.map((r) => r.roleArn) } : undefined),
      }) as unknown as Record<string, unknown>;
      this.bucket.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'DenyObjectAccessOutsideVpcEndpoint',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:GetObject*', 's3:PutObject*', 's3:DeleteObject*', 's3:RestoreObject', 's3:ListBucket*'],
        resources: [this.bucket.bucketArn, this.bucket.arnForObjects('*')],
        conditions,
      }));
    }
  }

  /** Let a role (e.g. Transfer Family's user role) reach objects from outside the VPC endpoint; IAM still decides. */
  public exemptFromVpcEndpointRestriction(role: iam.IRole): void {
    ensure(this.restricted, NAME, 'onlyThroughVpcEndpoint', undefined, {
      why: 'there is no endpoint restriction to exempt a role from', fix: "pass 'onlyThroughVpcEndpoint' first",
    });
    this.exemptRoles.push(role);
  }

  public get bucketName(): string {
    return this.bucket.bucketName;
  }

  public get bucketArn(): string {
    return this.bucket.bucketArn;
  }

  /** Read objects (and decrypt them). */
  public grantRead(grantee: iam.IGrantable, objectsKeyPattern?: string): iam.Grant {
    return this.bucket.grantRead(grantee, objectsKeyPattern);
  }

  /** Write new objects (and encrypt them); no delete. */
  public grantPut(grantee: iam.IGrantable, objectsKeyPattern?: string): iam.Grant {
    return this.bucket.grantPut(grantee, objectsKeyPattern);
  }
}
