import { Duration, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { ensure, guardProps } from './guard-props';

/** Props of `kms.KeyProps` that HealthDataKey decides itself. */
type DecidedKeyProp = 'enableKeyRotation' | 'pendingWindow' | 'removalPolicy' | 'policy' | 'multiRegion'
  | 'keySpec' | 'keyUsage' | 'enabled' | 'alias' | 'rotationPeriod' | 'admins' | 'description';

export interface HealthDataKeyProps extends Omit<kms.KeyProps, DecidedKeyProp> {
  /**
   * Alias name, with or without the `alias/` prefix.
   * @default - `alias/health-data/<unique id of this construct>`
   */
  readonly alias?: string;
  /**
   * What the key protects, shown in the KMS console.
   * @default - 'Health data: <construct path>'
   */
  readonly description?: string;
  /**
   * How often KMS rotates the key material (90 to 2560 days).
   * @default Duration.days(365)
   */
  readonly rotationPeriod?: Duration;
  /**
   * Principals that administer the key (not use it). Use principals of this account.
   * @default - the account root principal, so IAM policies in this account decide
   */
  readonly admins?: iam.IPrincipal[];
}

/** The secure defaults of HealthDataKey, in one place. */
export const HEALTH_DATA_KEY_DEFAULTS = {
  enableKeyRotation: true,
  rotationPeriod: Duration.days(365),
  pendingWindow: Duration.days(30),
  removalPolicy: RemovalPolicy.RETAIN,
  keySpec: kms.KeySpec.SYMMETRIC_DEFAULT,
  keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT,
  multiRegion: false,
} as const;

const NAME = 'HealthDataKey';

/**
 * A customer-managed KMS key for health data: rotation on, an alias, a 30-day
 * pending window, kept when the stack is deleted. The key policy gives the
 * account (and so IAM) control; AWS services that must use the key on their own
 * (CloudWatch Logs, S3 log delivery) are added one by one, scoped to this
 * account, by the constructs that need them.
 */
export class HealthDataKey extends Construct {
  /** The underlying KMS key. */
  public readonly key: kms.Key;
  /** The key's alias. */
  public readonly alias: kms.IAlias;
  private readonly services = new Set<string>();

  constructor(scope: Construct, id: string, props: HealthDataKeyProps = {}) {
    super(scope, id);
    guardProps(NAME, props, {
      refused: {
        enableKeyRotation: { why: 'key rotation is always on for health-data keys', fix: "remove 'enableKeyRotation'; set 'rotationPeriod' to change the interval" },
        pendingWindow: { why: 'a deleted key makes every object it protects unreadable; the 30-day maximum leaves time to cancel', fix: "remove 'pendingWindow'" },
        removalPolicy: { why: 'deleting the stack must not schedule deletion of the key that decrypts retained health data', fix: "remove 'removalPolicy'; the key is retained" },
        policy: { why: 'a replacement key policy can grant the key to other accounts or to everyone', fix: "remove 'policy'; grant use with key.grantEncryptDecrypt(role)" },
        multiRegion: { why: 'replicas of the key let health data be decrypted outside the home region', fix: "remove 'multiRegion'" },
        keySpec: { why: 'storage services encrypt health data only with symmetric keys', fix: "remove 'keySpec'" },
        keyUsage: { why: 'storage services encrypt health data only with ENCRYPT_DECRYPT keys', fix: "remove 'keyUsage'" },
        enabled: { why: 'a disabled key makes stored health data unreadable and is not a security control', fix: "remove 'enabled'" },
      },
      allowed: ['alias', 'description', 'rotationPeriod', 'admins'],
      concrete: ['rotationPeriod', 'alias'],
    });
    const rotationPeriod = props.rotationPeriod ?? HEALTH_DATA_KEY_DEFAULTS.rotationPeriod;
    const days = rotationPeriod.toDays();
    ensure(days >= 90 && days <= 2560, NAME, 'rotationPeriod', `${days} days`, {
      why: 'KMS accepts a rotation period from 90 to 2560 days', fix: 'use Duration.days(90) to Duration.days(2560)',
    });

    this.key = new kms.Key(this, 'Key', {
      ...HEALTH_DATA_KEY_DEFAULTS,
      rotationPeriod,
      description: props.description ?? `Health data: ${this.node.path}`,
      admins: props.admins,
    });
    // Only AWS services may create grants on the key (Control Tower CT.KMS.PR.3): a principal with
    // kms:CreateGrant cannot hand the key to someone else directly.
    this.key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'DenyGrantsExceptForAwsServices',
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }));
    const aliasName = props.alias ?? `health-data/${Names.uniqueId(this).toLowerCase()}`;
    this.alias = this.key.addAlias(aliasName.startsWith('alias/') ? aliasName : `alias/${aliasName}`);
  }

  /** The key's ARN. */
  public get keyArn(): string {
    return this.key.keyArn;
  }

  /** Let CloudWatch Logs in this account and region encrypt log groups with the key. */
  public allowCloudWatchLogs(): void {
    if (this.once('logs')) return;
    const stack = Stack.of(this);
    this.key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudWatchLogsOfThisAccount',
      principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      conditions: {
        ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${stack.partition}:logs:${stack.region}:${stack.account}:log-group:*` },
      },
    }));
  }

  /** Let S3 server access log delivery write objects encrypted with the key, for buckets of this account only. */
  public allowS3ServerAccessLogDelivery(): void {
    if (this.once('s3-logging')) return;
    this.key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowS3ServerAccessLogDeliveryOfThisAccount',
      principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
      actions: ['kms:GenerateDataKey*'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
    }));
  }

  /** Grant encrypt and decrypt to a principal. */
  public grantEncryptDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantEncryptDecrypt(grantee);
  }

  /** Grant decrypt to a principal. */
  public grantDecrypt(grantee: iam.IGrantable): iam.Grant {
    return this.key.grantDecrypt(grantee);
  }

  private once(service: string): boolean {
    const seen = this.services.has(service);
    this.services.add(service);
    return seen;
  }
}
