import type { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ensure, guardProps } from './guard-props';
import { acknowledgeObjectArnWildcard } from './shared';
import { HealthDataBucket } from './health-data-bucket';
import { HealthDataKey } from './health-data-key';
import { HealthDataNetwork } from './health-data-network';
import { HealthDataSftpServer, type HealthDataSftpUserOptions } from './health-data-sftp-server';

export interface CallRecordingArchiveProps {
  /** How long a recording is kept at most; it is deleted after this period. */
  readonly retention: Duration;
  /** Private ranges of the call-centre network that upload recordings over SFTP. */
  readonly callCentreCidrs: string[];
  /**
   * Roles of internal services that read recordings back (through the VPC's S3 endpoint, TLS only).
   * @default - none; call `grantRead(role)` later
   */
  readonly readers?: iam.IRole[];
  /**
   * SFTP users of the call centre (SSH keys only).
   * @default - none; call `addUploader(...)` later
   */
  readonly uploaders?: HealthDataSftpUserOptions[];
  /**
   * The network to use.
   * @default - a new HealthDataNetwork (isolated subnets only)
   */
  readonly network?: HealthDataNetwork;
}

const NAME = 'CallRecordingArchive';

/**
 * The reference composition: recordings arrive over SFTP from the call-centre
 * network into a HealthDataBucket with a maximum retention; internal services
 * read them back through the VPC's S3 endpoint over TLS. Nothing is public,
 * nothing is plaintext, nothing is unencrypted, nothing is kept forever.
 */
export class CallRecordingArchive extends Construct {
  public readonly network: HealthDataNetwork;
  public readonly key: HealthDataKey;
  public readonly recordings: HealthDataBucket;
  public readonly sftp: HealthDataSftpServer;
  /** Customer-managed policy that reads recordings (GetObject, decrypt); attach it to an internal service's role. */
  public readonly readerPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: CallRecordingArchiveProps) {
    super(scope, id);
    guardProps(NAME, props, {
      refused: {
        publicReadAccess: { why: 'call recordings are health data and must never be public', fix: "remove 'publicReadAccess'; pass 'readers'" },
        bucket: { why: 'the archive creates its own HealthDataBucket', fix: "remove 'bucket'" },
      },
      allowed: ['retention', 'callCentreCidrs', 'readers', 'uploaders', 'network'],
      concrete: ['retention', 'callCentreCidrs'],
    });
    ensure(Array.isArray(props.callCentreCidrs) && props.callCentreCidrs.length > 0, NAME, 'callCentreCidrs', props.callCentreCidrs, {
      why: 'uploads are accepted only from the call-centre network', fix: "pass its private ranges, e.g. ['10.20.0.0/16']",
    });

    this.network = props.network ?? new HealthDataNetwork(this, 'Network');
    this.key = this.network.key;
    // Transfer Family writes from the service, not from inside the VPC: its user role is exempted from the
    // endpoint restriction once the server exists.
    this.recordings = new HealthDataBucket(this, 'Recordings', {
      retention: props.retention,
      key: this.key,
      onlyThroughVpcEndpoint: {
        endpoint: this.network.s3Endpoint,
        exceptRoles: [],
      },
    });
    this.sftp = new HealthDataSftpServer(this, 'Sftp', {
      network: this.network,
      bucket: this.recordings,
      allowFrom: { privateCidrs: props.callCentreCidrs },
    });
    this.recordings.exemptFromVpcEndpointRestriction(this.sftp.userRole);
    for (const [i, u] of (props.uploaders ?? []).entries()) this.addUploader(`Uploader${i + 1}`, u);
    this.readerPolicy = new iam.ManagedPolicy(this, 'ReaderPolicy', {
      description: 'Read call recordings (through the VPC S3 endpoint, TLS only) and decrypt them',
      statements: [
        new iam.PolicyStatement({ sid: 'ReadRecordings', actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [this.recordings.bucket.arnForObjects('*')] }),
        new iam.PolicyStatement({ sid: 'ListRecordings', actions: ['s3:ListBucket'], resources: [this.recordings.bucketArn] }),
        new iam.PolicyStatement({ sid: 'DecryptRecordings', actions: ['kms:Decrypt'], resources: [this.key.keyArn] }),
      ],
    });
    acknowledgeObjectArnWildcard(this.readerPolicy, this.recordings.bucket);
    for (const r of props.readers ?? []) this.readerPolicy.attachToRole(r);
  }

  /** Add a call-centre SFTP user. */
  public addUploader(id: string, options: HealthDataSftpUserOptions) {
    return this.sftp.addUser(id, options);
  }

  /** Let an internal service's role read recordings (attaches the customer-managed reader policy). */
  public addReader(role: iam.IRole): void {
    this.readerPolicy.attachToRole(role);
  }
}
