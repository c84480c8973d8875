/**
 * Small helpers shared by the health-data constructs, and the one list of
 * validation-rule acknowledgments they make (README lists the same table).
 */
import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/** Drop keys whose value is undefined, so they do not override defaults. */
export function definedOnly<T extends object>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A role for an AWS service whose permissions are one customer-managed policy with exactly `statements`.
 * The returned role ignores later grants, so nothing adds an inline policy behind our back.
 */
export function serviceRole(scope: IConstruct, id: string, service: string, statements: iam.PolicyStatement[], description?: string): iam.IRole {
  const role = new iam.Role(scope as never, id, {
    assumedBy: new iam.ServicePrincipal(service, {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
    description,
  });
  new iam.ManagedPolicy(scope as never, `${id}Policy`, { statements, roles: [role] });
  return role.withoutPolicyUpdates();
}

/**
 * Every rule the constructs acknowledge, and why. Keep this list short: each entry is a place where an
 * anchor rule does not fit health-data storage, never a way to silence a real gap.
 */
export const ACKNOWLEDGMENTS = {
  restrictDefaultSgProviderOutsideVpc: {
    id: 'cdk-validator-cfnguard::lambda_inside_vpc_check',
    reason: "CDK's provider that strips the default security group's rules (restrictDefaultSecurityGroup) runs only at deploy time, " +
      'calls only the EC2 API and never touches health data; it sits outside the VPC because the VPC has no route to the EC2 API.',
  },
  accessLogBucketNotLogged: {
    id: 'cdk-validator-cfnguard::s3_bucket_logging_enabled_check',
    reason: 'This bucket is the destination of server access logs. S3 advises that a destination bucket has no access logging ' +
      'of its own (logging it to itself loops; logging it elsewhere needs yet another log bucket). Its reads are recorded by CloudTrail.',
  },
  accessLogBucketNoObjectLock: {
    id: 'cdk-validator-cfnguard::s3_bucket_object_lock_enabled_check',
    reason: 'S3 cannot deliver server access logs to a bucket with Object Lock enabled (S3 User Guide, Enabling server access logging); ' +
      'the log bucket is versioned and retained instead.',
  },
  hipaaS3Replication: {
    id: 'HIPAA.Security::HIPAA.Security-S3BucketReplicationEnabled',
    reason: 'Replication copies health data to another bucket, usually another region: whether and where is a data-residency decision ' +
      'for the data controller, not a default. Durability comes from S3 multi-AZ storage, versioning and retention of the bucket.',
  },
  nistS3Replication: {
    id: 'NIST.800.53.R5::NIST.800.53.R5-S3BucketReplicationEnabled',
    reason: 'Same as HIPAA.Security-S3BucketReplicationEnabled: replicating health data to another region is a data-residency decision, ' +
      'not a default; versioning and retention protect against loss within the region.',
  },
  hipaaEfsBackupPlan: {
    id: 'HIPAA.Security::HIPAA.Security-EFSInBackupPlan',
    reason: "EFS automatic backups are on (BackupPolicy ENABLED): AWS Backup keeps the file system in its default plan " +
      "'aws/efs/automatic-backup-plan' with 35-day retention. The rule looks only for a BackupSelection in the template.",
  },
  nistEfsBackupPlan: {
    id: 'NIST.800.53.R5::NIST.800.53.R5-EFSInBackupPlan',
    reason: "Same as HIPAA.Security-EFSInBackupPlan: EFS automatic backups put the file system in AWS Backup's default plan, " +
      'which is not a resource of the template.',
  },
  rdsMonitoringRoleManagedPolicy: {
    id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]',
    reason: 'The RDS enhanced monitoring role uses the AWS-maintained AmazonRDSEnhancedMonitoringRole policy, which only lets RDS ' +
      'write OS metrics to the RDSOSMetrics log group; a hand-copied policy would drift from what RDS needs.',
  },
  hipaaRdsBackupPlan: {
    id: 'HIPAA.Security::HIPAA.Security-RDSInBackupPlan',
    reason: 'Aurora keeps continuous automated backups with point-in-time recovery for the backup retention period (at least 7 days, ' +
      'checked by the construct; BackupRetentionPeriod in the template). The rule only recognises AWS Backup selections.',
  },
  nistRdsBackupPlan: {
    id: 'NIST.800.53.R5::NIST.800.53.R5-RDSInBackupPlan',
    reason: 'Same as HIPAA.Security-RDSInBackupPlan: Aurora automated backups with point-in-time recovery are on for at least 7 days.',
  },
  elbLogsSseS3HealthData: {
    id: 'HealthData::HealthData-S3BucketCustomerKeyEncrypted',
    reason: 'ELB access logs can only be delivered to a bucket encrypted with SSE-S3 (ELB User Guide, Enable access logs: ' +
      '"The only server-side encryption option that\'s supported is Amazon S3-managed keys (SSE-S3)"). This bucket holds ' +
      'load-balancer logs only; it is private, TLS-only, versioned and its own access is logged.',
  },
  elbLogsSseS3Hipaa: {
    id: 'HIPAA.Security::HIPAA.Security-S3DefaultEncryptionKMS',
    reason: 'ELB access logs support only SSE-S3 on the destination bucket (see HealthData-S3BucketCustomerKeyEncrypted).',
  },
  elbLogsSseS3Nist: {
    id: 'NIST.800.53.R5::NIST.800.53.R5-S3DefaultEncryptionKMS',
    reason: 'ELB access logs support only SSE-S3 on the destination bucket (see HealthData-S3BucketCustomerKeyEncrypted).',
  },
  elbLogsSseS3ControlTower: {
    id: 'cdk-validator-cfnguard::s3_bucket_default_encryption_kms_check',
    reason: 'ELB access logs support only SSE-S3 on the destination bucket (see HealthData-S3BucketCustomerKeyEncrypted).',
  },
  internalAlbWithoutWaf: {
    id: 'NIST.800.53.R5::NIST.800.53.R5-ALBWAFEnabled',
    reason: 'The load balancer is internal (no internet route) and accepts HTTPS only from security groups and private ranges the ' +
      'caller names; a web ACL can still be associated by the caller where the application needs one.',
  },
  objectArnWildcard: {
    id: 'AwsSolutions::AwsSolutions-IAM5[Resource::<BUCKET.Arn>/*]',
    reason: 'Object-level S3 permissions name objects that do not exist yet, so the resource is the bucket ARN followed by /*. ' +
      'The actions are listed one by one (no action wildcards) and the policy names exactly one bucket.',
  },
} as const;

/** Acknowledge IAM5 for `<bucket ARN>/*` on a policy: the finding id carries the bucket's logical id. */
export function acknowledgeObjectArnWildcard(policy: IConstruct, bucket: IConstruct): void {
  const cfn = (bucket as { node: { defaultChild?: unknown } }).node.defaultChild ?? bucket;
  const logicalId = Stack.of(bucket).resolve((cfn as { logicalId: string }).logicalId) as string;
  const a = ACKNOWLEDGMENTS.objectArnWildcard;
  Validations.of(policy).acknowledge({ id: a.id.replace('BUCKET', logicalId), reason: a.reason });
}

/** Acknowledge a listed rule on a construct (and its children). */
export function acknowledge(scope: IConstruct, which: keyof typeof ACKNOWLEDGMENTS): void {
  const a = ACKNOWLEDGMENTS[which];
  Validations.of(scope).acknowledge({ id: a.id, reason: a.reason });
}

/** The stack-wide singleton provider behind `restrictDefaultSecurityGroup`. */
export function acknowledgeRestrictDefaultSgProvider(scope: IConstruct): void {
  const provider = Stack.of(scope).node.tryFindChild('Custom::VpcRestrictDefaultSGCustomResourceProvider');
  if (provider) acknowledge(provider, 'restrictDefaultSgProviderOutsideVpc');
}

/** Who may connect: named security groups and private ranges. Nothing else gets in. */
export interface HealthDataPeers {
  /**
   * Security groups whose members may connect.
   * @default - none
   */
  readonly securityGroups?: import('aws-cdk-lib/aws-ec2').ISecurityGroup[];
  /**
   * Private (RFC 1918) IPv4 ranges that may connect.
   * @default - none
   */
  readonly privateCidrs?: string[];
}
