import { Duration } from 'aws-cdk-lib';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ensure, guardProps, type Refusal } from './guard-props';
import type { HealthDataNetwork } from './health-data-network';
import { allowPeers, checkPeers } from './peers';
import { createLogBucket, logServerAccessTo } from './log-bucket';
import { acknowledge, definedOnly, type HealthDataPeers } from './shared';

const REFUSED: Record<string, Refusal> = {
  internetFacing: { why: 'a load balancer in front of health data is internal only', fix: "remove 'internetFacing'; reach it over VPN, Direct Connect or peering" },
  vpcSubnets: { why: 'the load balancer lives only in isolated subnets', fix: "remove 'vpcSubnets'" },
  securityGroup: { why: 'the construct owns the security group and opens HTTPS only to named peers', fix: "use 'allowFrom'" },
  dropInvalidHeaderFields: { why: 'invalid HTTP headers are always dropped (request smuggling)', fix: "remove 'dropInvalidHeaderFields'" },
  deletionProtection: { why: 'deletion protection is always on', fix: "remove 'deletionProtection'" },
  protocol: { why: 'the listener is always HTTPS', fix: "remove 'protocol'" },
  port: { why: 'the listener is always HTTPS on 443', fix: "remove 'port'" },
};

/** ELB security policies with TLS 1.2 as the minimum (TLS 1.3 preferred). */
export const HEALTH_DATA_TLS_POLICIES: readonly elbv2.SslPolicy[] = [
  elbv2.SslPolicy.RECOMMENDED_TLS,
  elbv2.SslPolicy.TLS13_RES,
  elbv2.SslPolicy.TLS13_EXT1,
  elbv2.SslPolicy.TLS13_EXT2,
  elbv2.SslPolicy.TLS13_13,
  elbv2.SslPolicy.TLS13_12_PQ,
  elbv2.SslPolicy.TLS13_13_PQ,
  elbv2.SslPolicy.TLS13_12_RES_PQ,
];

export interface HealthDataLoadBalancerProps {
  /** The network whose isolated subnets hold the load balancer. */
  readonly network: HealthDataNetwork;
  /** Server certificate for the HTTPS listener (e.g. `acm.Certificate.fromCertificateArn(...)`). */
  readonly certificate: acm.ICertificate;
  /**
   * Who may connect on 443 (and 80 when `redirectHttp`).
   * @default - nobody; pass peers or use `connections`
   */
  readonly allowFrom?: HealthDataPeers;
  /**
   * TLS security policy; only policies with TLS 1.2 as the minimum are accepted.
   * @default elbv2.SslPolicy.RECOMMENDED_TLS (TLS 1.3 and 1.2)
   */
  readonly sslPolicy?: elbv2.SslPolicy;
  /**
   * Add an HTTP listener on 80 that only redirects to HTTPS.
   * @default false
   */
  readonly redirectHttp?: boolean;
  /**
   * How long access logs are kept (at least one year).
   * @default Duration.days(365)
   */
  readonly accessLogRetention?: Duration;
}

/** The secure defaults of HealthDataLoadBalancer, in one place. */
export const HEALTH_DATA_LOAD_BALANCER_DEFAULTS = {
  internetFacing: false,
  dropInvalidHeaderFields: true,
  deletionProtection: true,
  sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
  redirectHttp: false,
  accessLogRetention: Duration.days(365),
  accessLogPrefix: 'alb',
} as const;

const NAME = 'HealthDataLoadBalancer';

/**
 * An internal Application Load Balancer for health-data services: HTTPS on a
 * TLS 1.2+ policy, optional HTTP listener that only redirects, invalid headers
 * dropped, access logs to an encrypted, private log bucket, ingress only from
 * named peers. Add targets with `listener.addTargets(...)`; until then it
 * answers 503.
 */
export class HealthDataLoadBalancer extends Construct {
  public readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  public readonly listener: elbv2.ApplicationListener;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly accessLogsBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: HealthDataLoadBalancerProps) {
    super(scope, id);
    guardProps(NAME, props, {
      refused: REFUSED,
      allowed: ['network', 'certificate', 'allowFrom', 'sslPolicy', 'redirectHttp', 'accessLogRetention'],
      concrete: ['allowFrom', 'sslPolicy', 'redirectHttp', 'accessLogRetention'],
    });
    ensure(props.network !== undefined, NAME, 'network', props.network, { why: 'the load balancer needs isolated subnets', fix: "pass 'network'" });
    ensure(props.certificate !== undefined, NAME, 'certificate', props.certificate, { why: 'HTTPS needs a server certificate', fix: "pass 'certificate', e.g. acm.Certificate.fromCertificateArn(...)" });
    checkPeers(NAME, 'allowFrom', props.allowFrom);
    const d = { ...HEALTH_DATA_LOAD_BALANCER_DEFAULTS, ...definedOnly(props) };
    ensure(HEALTH_DATA_TLS_POLICIES.includes(d.sslPolicy), NAME, 'sslPolicy', d.sslPolicy, {
      why: 'the policy accepts TLS below 1.2 or weak ciphers', fix: 'use elbv2.SslPolicy.RECOMMENDED_TLS or another TLS13_* policy with a 1.2 minimum',
    });
    ensure(d.accessLogRetention.toDays() >= 365, NAME, 'accessLogRetention', d.accessLogRetention.toHumanString(), {
      why: 'access logs of a health-data service must be kept at least a year', fix: 'use Duration.days(365) or longer',
    });

    // ALB access logs support only SSE-S3 on the target bucket (ELB User Guide), so this bucket uses S3-managed keys;
    // it is private, TLS-only, versioned, retained, and its own server access logs go to a KMS-encrypted bucket.
    this.accessLogsBucket = createLogBucket(this, 'AccessLogs', { retention: d.accessLogRetention });
    const serverAccessLogs = createLogBucket(this, 'AccessLogsAccessLogs', { retention: d.accessLogRetention, key: props.network.key });
    logServerAccessTo(this.accessLogsBucket, serverAccessLogs, 'access-logs/');

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.network.vpc,
      description: 'Internal ALB for health data: HTTPS from named peers only',
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    allowPeers(this.securityGroup, ec2.Port.tcp(443), props.allowFrom, 'HTTPS');
    if (d.redirectHttp) allowPeers(this.securityGroup, ec2.Port.tcp(80), props.allowFrom, 'HTTP (redirect only)');

    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'LoadBalancer', {
      vpc: props.network.vpc,
      vpcSubnets: props.network.isolatedSubnets,
      internetFacing: d.internetFacing,
      securityGroup: this.securityGroup,
      dropInvalidHeaderFields: d.dropInvalidHeaderFields,
      deletionProtection: d.deletionProtection,
    });
    acknowledge(this.loadBalancer, 'internalAlbWithoutWaf');
    this.loadBalancer.logAccessLogs(this.accessLogsBucket, d.accessLogPrefix);

    this.listener = this.loadBalancer.addListener('Https', {
      protocol: elbv2.ApplicationProtocol.HTTPS,
      port: 443,
      certificates: [props.certificate],
      sslPolicy: d.sslPolicy,
      open: false,
      defaultAction: elbv2.ListenerAction.fixedResponse(503, { contentType: 'text/plain', messageBody: 'No target configured' }),
    });
    if (d.redirectHttp) {
      this.loadBalancer.addListener('HttpRedirect', {
        protocol: elbv2.ApplicationProtocol.HTTP,
        port: 80,
        open: false,
        defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true }),
      });
    }
  }

  public get connections(): ec2.Connections {
    return this.loadBalancer.connections;
  }
}
