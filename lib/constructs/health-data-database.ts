import { Duration, Names, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ensure, guardProps, type Refusal } from './guard-props';
import type { HealthDataKey } from './health-data-key';
import type { HealthDataNetwork } from './health-data-network';
import { allowPeers, checkPeers } from './peers';
import { acknowledge, definedOnly, type HealthDataPeers } from './shared';

const REFUSED: Record<string, Refusal> = {
  publiclyAccessible: { why: 'a database with health data must never have a public endpoint', fix: "remove 'publiclyAccessible'" },
  storageEncrypted: { why: 'storage is always encrypted', fix: "remove 'storageEncrypted'; pass 'key' to choose the HealthDataKey" },
  storageEncryptionKey: { why: 'the storage key must be a HealthDataKey', fix: "pass 'key' instead" },
  iamAuthentication: { why: 'IAM database authentication is always on', fix: "remove 'iamAuthentication'" },
  deletionProtection: { why: 'deletion protection is always on for health data', fix: "remove 'deletionProtection'" },
  credentials: { why: 'the master password is generated into Secrets Manager, encrypted with the HealthDataKey and rotated', fix: "remove 'credentials'; read 'secret'" },
  parameterGroup: { why: "the parameter group sets rds.force_ssl = 1 so that plain connections are refused", fix: "remove 'parameterGroup'" },
  parameters: { why: 'a parameter could switch rds.force_ssl off', fix: "remove 'parameters'" },
  vpc: { why: 'the database lives only in the isolated subnets of a HealthDataNetwork', fix: "pass 'network'" },
  vpcSubnets: { why: 'the database lives only in isolated subnets', fix: "remove 'vpcSubnets'" },
  securityGroups: { why: 'the construct owns the security group and opens the port only to named peers', fix: "use 'allowFrom'" },
  removalPolicy: { why: 'deleting the stack must not delete health data', fix: "remove 'removalPolicy'" },
  cloudwatchLogsExports: { why: 'the PostgreSQL log is always exported to an encrypted log group', fix: "remove 'cloudwatchLogsExports'" },
  backup: { why: "backup retention is set with 'backupRetention' (at least 7 days)", fix: "use 'backupRetention'" },
};

export interface HealthDataDatabaseProps {
  /** The network whose isolated subnets hold the cluster. */
  readonly network: HealthDataNetwork;
  /**
   * Key for storage, the master secret, Performance Insights and the log group.
   * @default - the network's HealthDataKey
   */
  readonly key?: HealthDataKey;
  /**
   * Who may connect to the database port.
   * @default - nobody; use `connections.allowDefaultPortFrom(...)` or pass peers
   */
  readonly allowFrom?: HealthDataPeers;
  /**
   * Aurora PostgreSQL engine version.
   * @default rds.AuroraPostgresEngineVersion.VER_16_9
   */
  readonly engineVersion?: rds.AuroraPostgresEngineVersion;
  /**
   * Name of a database created in the cluster.
   * @default - none
   */
  readonly defaultDatabaseName?: string;
  /**
   * How long automated backups are kept (7 to 35 days).
   * @default Duration.days(14)
   */
  readonly backupRetention?: Duration;
  /**
   * Number of Serverless v2 readers (in other availability zones than the writer).
   * @default 1
   */
  readonly readers?: number;
  /**
   * Database port.
   * @default 5433 - not the well-known PostgreSQL port
   */
  readonly port?: number;
  /**
   * Cluster identifier (lower case); also names the log group `/aws/rds/cluster/<id>/postgresql`.
   * @default - derived from the construct path
   */
  readonly clusterIdentifier?: string;
}

/** The secure defaults of HealthDataDatabase, in one place. */
export const HEALTH_DATA_DATABASE_DEFAULTS = {
  engineVersion: rds.AuroraPostgresEngineVersion.VER_16_9,
  backupRetention: Duration.days(14),
  readers: 1,
  port: 5433,
  masterUsername: 'health_admin',
  parameters: { 'rds.force_ssl': '1', 'log_connections': '1', 'log_disconnections': '1' },
  storageEncrypted: true,
  iamAuthentication: true,
  deletionProtection: true,
  publiclyAccessible: false,
  autoMinorVersionUpgrade: true,
  removalPolicy: RemovalPolicy.RETAIN,
  logRetention: logs.RetentionDays.ONE_YEAR,
  monitoringInterval: Duration.seconds(60),
  copyTagsToSnapshot: true,
} as const;

const NAME = 'HealthDataDatabase';

/**
 * Aurora PostgreSQL for health data: encrypted with a HealthDataKey, isolated
 * subnets, never publicly accessible, rds.force_ssl = 1, IAM authentication,
 * a rotated master secret under the same key, deletion protection, at least 7
 * days of backups, the PostgreSQL log exported to an encrypted log group.
 */
export class HealthDataDatabase extends Construct {
  public readonly cluster: rds.DatabaseCluster;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly key: HealthDataKey;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HealthDataDatabaseProps) {
    super(scope, id);
    guardProps(NAME, props, {
      refused: REFUSED,
      allowed: ['network', 'key', 'allowFrom', 'engineVersion', 'defaultDatabaseName', 'backupRetention', 'readers', 'port', 'clusterIdentifier'],
      concrete: ['allowFrom', 'backupRetention', 'readers', 'port', 'clusterIdentifier'],
    });
    ensure(props.network !== undefined, NAME, 'network', props.network, { why: 'the database needs isolated subnets', fix: "pass 'network: new HealthDataNetwork(...)'" });
    checkPeers(NAME, 'allowFrom', props.allowFrom);
    const d = { ...HEALTH_DATA_DATABASE_DEFAULTS, ...definedOnly(props) };
    const backupDays = d.backupRetention.toDays();
    ensure(backupDays >= 7 && backupDays <= 35, NAME, 'backupRetention', d.backupRetention.toHumanString(), {
      why: 'health data needs at least a week of point-in-time recovery (Aurora allows up to 35 days)', fix: 'use Duration.days(7) to Duration.days(35)',
    });
    ensure(Number.isInteger(d.readers) && d.readers >= 0 && d.readers <= 15, NAME, 'readers', d.readers, { why: 'Aurora allows 0 to 15 readers', fix: 'use 0 to 15' });

    this.key = props.key ?? props.network.key;
    this.key.allowCloudWatchLogs();
    const clusterIdentifier = (props.clusterIdentifier ?? Names.uniqueResourceName(this, { maxLength: 50, separator: '-' })).toLowerCase();
    const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: d.engineVersion });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.network.vpc,
      description: 'Aurora PostgreSQL with health data: database port from named peers only',
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    allowPeers(this.securityGroup, ec2.Port.tcp(d.port), props.allowFrom, 'PostgreSQL');

    // Created before the cluster, so RDS writes into our encrypted log group instead of creating its own.
    this.logGroup = new logs.LogGroup(this, 'PostgresLog', {
      logGroupName: `/aws/rds/cluster/${clusterIdentifier}/postgresql`,
      encryptionKey: this.key.key,
      retention: d.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const instance = { publiclyAccessible: d.publiclyAccessible, autoMinorVersionUpgrade: d.autoMinorVersionUpgrade,
      enablePerformanceInsights: true, performanceInsightEncryptionKey: this.key.key };
    this.cluster = new rds.DatabaseCluster(this, 'Cluster', {
      engine,
      clusterIdentifier,
      writer: rds.ClusterInstance.serverlessV2('Writer', instance),
      readers: Array.from({ length: d.readers }, (_, i) => rds.ClusterInstance.serverlessV2(`Reader${i + 1}`, { ...instance, scaleWithWriter: true })),
      vpc: props.network.vpc,
      vpcSubnets: props.network.isolatedSubnets,
      securityGroups: [this.securityGroup],
      port: d.port,
      defaultDatabaseName: props.defaultDatabaseName,
      credentials: rds.Credentials.fromGeneratedSecret(d.masterUsername, { encryptionKey: this.key.key }),
      storageEncrypted: d.storageEncrypted,
      storageEncryptionKey: this.key.key,
      iamAuthentication: d.iamAuthentication,
      deletionProtection: d.deletionProtection,
      backup: { retention: d.backupRetention },
      parameterGroup: new rds.ParameterGroup(this, 'Parameters', { engine, parameters: { ...d.parameters } }),
      cloudwatchLogsExports: ['postgresql'],
      monitoringInterval: d.monitoringInterval,
      copyTagsToSnapshot: d.copyTagsToSnapshot,
      removalPolicy: d.removalPolicy,
    });
    this.cluster.node.addDependency(this.logGroup);
    // Rotation wired by hand: the cluster's own connections carry the port as a token, which would put an
    // unjudgeable ingress rule into the template; here the port is the literal we configured.
    new secretsmanager.SecretRotation(this, 'MasterSecretRotation', {
      application: secretsmanager.SecretRotationApplication.POSTGRES_ROTATION_SINGLE_USER,
      secret: this.cluster.secret!,
      target: { connections: new ec2.Connections({ securityGroups: [this.securityGroup], defaultPort: ec2.Port.tcp(d.port) }) },
      vpc: props.network.vpc,
      vpcSubnets: props.network.isolatedSubnets,
      endpoint: props.network.addInterfaceEndpoint('SecretsManager', ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER),
      automaticallyAfter: Duration.days(30),
    });
    for (const c of this.cluster.node.findAll()) {
      if (c instanceof rds.CfnDBInstance) {
        acknowledge(c, 'hipaaRdsBackupPlan');
        acknowledge(c, 'nistRdsBackupPlan');
      }
    }
    const monitoringRole = this.cluster.node.tryFindChild('MonitoringRole');
    if (monitoringRole) acknowledge(monitoringRole, 'rdsMonitoringRoleManagedPolicy');
  }

  /** The generated master secret (Secrets Manager, encrypted with the HealthDataKey, rotated). */
  public get secret() {
    return this.cluster.secret;
  }

  public get connections(): ec2.Connections {
    return this.cluster.connections;
  }

  /** Let a principal connect as `dbUser` with IAM authentication. */
  public grantConnect(grantee: iam.IGrantable, dbUser: string): iam.Grant {
    return this.cluster.grantConnect(grantee, dbUser);
  }
}
