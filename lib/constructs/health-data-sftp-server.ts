import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import { Construct } from 'constructs';
import { isPrivateCidr } from '../template/cidr';
import { ensure, guardProps, HealthDataConstructError, type Refusal } from './guard-props';
import type { HealthDataBucket } from './health-data-bucket';
import type { HealthDataNetwork } from './health-data-network';
import { checkPeers } from './peers';
import { acknowledgeObjectArnWildcard, definedOnly, serviceRole, type HealthDataPeers } from './shared';

const REFUSED: Record<string, Refusal> = {
  protocols: { why: 'only SFTP is offered; FTP sends passwords and recordings in plain text', fix: "remove 'protocols'" },
  endpointType: { why: 'the endpoint is always VPC (internal), never PUBLIC', fix: "remove 'endpointType'" },
  addressAllocationIds: { why: 'Elastic IPs make the endpoint internet-facing', fix: "remove 'addressAllocationIds'; reach the server over VPN or Direct Connect" },
  securityPolicyName: { why: 'the security policy is pinned to a current one', fix: "remove 'securityPolicyName'" },
  loggingRole: { why: 'logging is always on, to an encrypted log group', fix: "remove 'loggingRole'" },
  identityProviderType: { why: 'users are service-managed with SSH keys (no passwords)', fix: "remove 'identityProviderType'" },
};

export interface HealthDataSftpServerProps {
  /** The network whose isolated subnets hold the endpoint. */
  readonly network: HealthDataNetwork;
  /** Where uploads land. */
  readonly bucket: HealthDataBucket;
  /**
   * Partner networks that may connect on 22.
   * `privateCidrs` must be RFC 1918; public partner ranges go in `publicPartnerCidrs`.
   * @default - nobody
   */
  readonly allowFrom?: HealthDataPeers;
  /**
   * Public ranges of named partners (reaching the VPC endpoint over VPN/Direct Connect), /16 or narrower; never 0.0.0.0/0.
   * @default - none
   */
  readonly publicPartnerCidrs?: string[];
  /**
   * How long transfer logs are kept (at least one year).
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
}

export interface HealthDataSftpUserOptions {
  /** SFTP user name. */
  readonly userName: string;
  /** The user's SSH public key. */
  readonly sshPublicKey: string;
  /**
   * Folder inside the bucket the user is locked into (chroot).
   * @default - `/<userName>`
   */
  readonly homeDirectory?: string;
}

/** The secure defaults of HealthDataSftpServer, in one place. */
export const HEALTH_DATA_SFTP_DEFAULTS = {
  protocols: ['SFTP'],
  endpointType: 'VPC',
  identityProviderType: 'SERVICE_MANAGED',
  securityPolicyName: 'TransferSecurityPolicy-2024-01',
  logRetention: logs.RetentionDays.ONE_YEAR,
} as const;

const NAME = 'HealthDataSftpServer';

/**
 * An AWS Transfer Family SFTP server for health data: SFTP only, a VPC endpoint
 * in isolated subnets with no Elastic IPs, a current security policy, ingress
 * only from named partner ranges, structured logs to an encrypted log group, and
 * users locked into a folder of a HealthDataBucket with write-only access.
 */
export class HealthDataSftpServer extends Construct {
  public readonly server: transfer.CfnServer;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly logGroup: logs.LogGroup;
  /** The role Transfer Family assumes for every user: put objects into the bucket, nothing else. */
  public readonly userRole: iam.Role;
  private readonly bucket: HealthDataBucket;

  constructor(scope: Construct, id: string, props: HealthDataSftpServerProps) {
    super(scope, id);
    guardProps(NAME, props, {
      refused: REFUSED,
      allowed: ['network', 'bucket', 'allowFrom', 'publicPartnerCidrs', 'logRetention'],
      concrete: ['allowFrom', 'publicPartnerCidrs', 'logRetention'],
    });
    ensure(props.network !== undefined, NAME, 'network', props.network, { why: 'the endpoint needs isolated subnets', fix: "pass 'network'" });
    ensure(props.bucket !== undefined, NAME, 'bucket', props.bucket, { why: 'uploads need a HealthDataBucket', fix: "pass 'bucket'" });
    checkPeers(NAME, 'allowFrom', props.allowFrom);
    for (const cidr of props.publicPartnerCidrs ?? []) {
      const prefix = Number(cidr.split('/')[1]);
      if (isPrivateCidr(cidr) === undefined || !(prefix >= 16)) {
        throw new HealthDataConstructError('HD_PROP_INVALID', `'publicPartnerCidrs' on ${NAME} is insecure (got ${JSON.stringify(cidr)}): ` +
          'a partner range must be a valid CIDR of /16 or narrower, never the whole internet. Fix: name the partner\'s own range');
      }
    }
    const d = { ...HEALTH_DATA_SFTP_DEFAULTS, ...definedOnly(props) };
    ensure(d.logRetention !== logs.RetentionDays.INFINITE && d.logRetention >= logs.RetentionDays.ONE_YEAR, NAME, 'logRetention', d.logRetention, {
      why: 'transfer logs of health data must be kept at least a year (and not forever)', fix: 'use logs.RetentionDays.ONE_YEAR or longer',
    });
    this.bucket = props.bucket;
    const network = props.network;
    network.key.allowCloudWatchLogs();

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: network.vpc,
      description: 'SFTP endpoint for health data: port 22 from named partner ranges only',
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    for (const sg of props.allowFrom?.securityGroups ?? []) this.securityGroup.addIngressRule(sg, ec2.Port.tcp(22), 'SFTP from a named security group');
    for (const cidr of [...(props.allowFrom?.privateCidrs ?? []), ...(props.publicPartnerCidrs ?? [])]) {
      this.securityGroup.addIngressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(22), `SFTP from partner ${cidr}`);
    }

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: network.key.key,
      retention: d.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const loggingRole = serviceRole(this, 'LoggingRole', 'transfer.amazonaws.com', [
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    ], 'AWS Transfer Family writes SFTP session logs');

    this.server = new transfer.CfnServer(this, 'Server', {
      protocols: [...d.protocols],
      endpointType: d.endpointType,
      endpointDetails: {
        vpcId: network.vpc.vpcId,
        subnetIds: network.vpc.selectSubnets(network.isolatedSubnets).subnetIds,
        securityGroupIds: [this.securityGroup.securityGroupId],
      },
      identityProviderType: d.identityProviderType,
      domain: 'S3',
      securityPolicyName: d.securityPolicyName,
      loggingRole: loggingRole.roleArn,
      structuredLogDestinations: [this.logGroup.logGroupArn],
    });

    this.userRole = new iam.Role(this, 'UserRole', {
      assumedBy: new iam.ServicePrincipal('transfer.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'AWS Transfer Family users: upload health data into their own folder, no read or delete',
    });
    const userPolicy = new iam.ManagedPolicy(this, 'UserPolicy', {
      roles: [this.userRole],
      statements: [
        new iam.PolicyStatement({
          sid: 'PutIntoTheBucket',
          actions: ['s3:PutObject'],
          resources: [props.bucket.bucket.arnForObjects('*')],
        }),
        new iam.PolicyStatement({
          sid: 'ListTheirFolder',
          actions: ['s3:ListBucket'],
          resources: [props.bucket.bucketArn],
        }),
        new iam.PolicyStatement({
          sid: 'EncryptWithTheBucketKey',
          actions: ['kms:GenerateDataKey', 'kms:Encrypt', 'kms:Decrypt'],
          resources: [props.bucket.key.keyArn],
        }),
      ],
    });
    acknowledgeObjectArnWildcard(userPolicy, props.bucket.bucket);
  }

  /** The server id. */
  public get serverId(): string {
    return this.server.attrServerId;
  }

  /** Add a service-managed user (SSH key only), locked into a folder of the bucket. */
  public addUser(id: string, options: HealthDataSftpUserOptions): transfer.CfnUser {
    ensure(/^[a-zA-Z0-9_][a-zA-Z0-9_@.-]{2,99}$/.test(options.userName ?? ''), NAME, 'userName', options.userName, {
      why: 'Transfer Family user names are 3-100 letters, digits, _ @ . -', fix: 'use a valid user name',
    });
    ensure(typeof options.sshPublicKey === 'string' && /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d+) /.test(options.sshPublicKey), NAME, 'sshPublicKey', options.sshPublicKey, {
      why: 'users authenticate with an SSH key, never a password', fix: "pass an OpenSSH public key ('ssh-ed25519 AAAA...')",
    });
    const home = options.homeDirectory ?? `/${options.userName}`;
    return new transfer.CfnUser(this, id, {
      serverId: this.serverId,
      userName: options.userName,
      role: this.userRole.roleArn,
      sshPublicKeys: [options.sshPublicKey],
      homeDirectoryType: 'LOGICAL',
      homeDirectoryMappings: [{ entry: '/', target: `/${this.bucket.bucketName}${home}` }],
    });
  }
}
