import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { isPrivateCidr } from '../template/cidr';
import { ensure, guardProps } from './guard-props';
import { acknowledgeRestrictDefaultSgProvider, definedOnly, serviceRole } from './shared';
import { HealthDataKey } from './health-data-key';

export interface HealthDataNetworkProps {
  /**
   * The VPC's IPv4 range; must be private (RFC 1918).
   * @default '10.0.0.0/16'
   */
  readonly cidr?: string;
  /**
   * How many availability zones to span.
   * @default 2
   */
  readonly maxAzs?: number;
  /**
   * Add public subnets, an internet gateway, one NAT gateway and private subnets with egress,
   * for workloads that must call the internet. Health data still lives in the isolated subnets.
   * @default false - isolated subnets only, no internet gateway, no NAT
   */
  readonly allowInternetEgress?: boolean;
  /**
   * Interface endpoints to add on top of the defaults (KMS, Secrets Manager, CloudWatch Logs, STS).
   * @default - none beyond the defaults
   */
  readonly extraInterfaceEndpoints?: ec2.InterfaceVpcEndpointAwsService[];
  /**
   * How long flow logs are kept; at least one year.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly flowLogRetention?: logs.RetentionDays;
  /**
   * Key that encrypts the flow log group.
   * @default - a new HealthDataKey
   */
  readonly key?: HealthDataKey;
}

/** The secure defaults of HealthDataNetwork, in one place. */
export const HEALTH_DATA_NETWORK_DEFAULTS = {
  cidr: '10.0.0.0/16',
  maxAzs: 2,
  allowInternetEgress: false,
  flowLogRetention: logs.RetentionDays.ONE_YEAR,
  restrictDefaultSecurityGroup: true,
  /** Interface endpoints the other health-data constructs rely on in subnets without internet access. */
  interfaceEndpoints: {
    Kms: ec2.InterfaceVpcEndpointAwsService.KMS,
    SecretsManager: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
    Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
    Sts: ec2.InterfaceVpcEndpointAwsService.STS,
  } as Record<string, ec2.InterfaceVpcEndpointAwsService>,
} as const;

const NAME = 'HealthDataNetwork';

/**
 * A VPC for health data: isolated subnets only (no route to or from the
 * internet) unless a caller asks for egress, the default security group
 * stripped of its rules, gateway endpoints for S3 and DynamoDB, interface
 * endpoints for the services the other constructs call, and flow logs kept
 * at least a year in a KMS-encrypted log group.
 */
export class HealthDataNetwork extends Construct {
  public readonly vpc: ec2.Vpc;
  /** The subnets health data lives in. */
  public readonly isolatedSubnets: ec2.SubnetSelection = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  public readonly s3Endpoint: ec2.GatewayVpcEndpoint;
  public readonly dynamoDbEndpoint: ec2.GatewayVpcEndpoint;
  public readonly key: HealthDataKey;
  public readonly flowLogGroup: logs.LogGroup;
  /** The VPC's IPv4 range, as a literal. */
  public readonly cidr: string;
  private readonly endpoints = new Map<string, ec2.InterfaceVpcEndpoint>();

  constructor(scope: Construct, id: string, props: HealthDataNetworkProps = {}) {
    super(scope, id);
    guardProps(NAME, props, {
      refused: {
        natGateways: { why: 'NAT gateways give health-data subnets a route to the internet', fix: "remove 'natGateways'; set 'allowInternetEgress: true' if a workload truly needs egress" },
        subnetConfiguration: { why: 'public subnets put health-data resources one setting away from the internet', fix: "remove 'subnetConfiguration'; the network has isolated subnets (and egress subnets with 'allowInternetEgress')" },
        restrictDefaultSecurityGroup: { why: 'the default security group allows all traffic between its members and all egress', fix: "remove 'restrictDefaultSecurityGroup'; it is always true" },
        createInternetGateway: { why: 'an internet gateway makes public subnets possible', fix: "remove 'createInternetGateway'; use 'allowInternetEgress'" },
        flowLogs: { why: 'flow logs are always on and go to an encrypted log group', fix: "remove 'flowLogs'" },
      },
      allowed: ['cidr', 'maxAzs', 'allowInternetEgress', 'extraInterfaceEndpoints', 'flowLogRetention', 'key'],
      concrete: ['cidr', 'maxAzs', 'allowInternetEgress', 'flowLogRetention'],
    });
    const d = { ...HEALTH_DATA_NETWORK_DEFAULTS, ...definedOnly(props) };
    ensure(isPrivateCidr(d.cidr) === true, NAME, 'cidr', d.cidr, {
      why: 'a health-data VPC must use a private (RFC 1918) range', fix: "use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
    });
    ensure(typeof d.allowInternetEgress === 'boolean', NAME, 'allowInternetEgress', d.allowInternetEgress, {
      why: 'egress must be an explicit boolean choice', fix: 'pass true or false',
    });
    ensure(d.flowLogRetention !== logs.RetentionDays.INFINITE && d.flowLogRetention >= logs.RetentionDays.ONE_YEAR, NAME, 'flowLogRetention', d.flowLogRetention, {
      why: 'network logs of a health-data system must be kept at least a year for incident investigation (and not forever)',
      fix: 'use logs.RetentionDays.ONE_YEAR or longer (not INFINITE)',
    });

    this.cidr = d.cidr;
    this.key = props.key ?? new HealthDataKey(this, 'Key');
    this.key.allowCloudWatchLogs();

    const subnets: ec2.SubnetConfiguration[] = [
      { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    ];
    if (d.allowInternetEgress) {
      subnets.push(
        { name: 'egress', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 26, mapPublicIpOnLaunch: false },
      );
    }
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(d.cidr),
      maxAzs: d.maxAzs,
      subnetConfiguration: subnets,
      natGateways: d.allowInternetEgress ? 1 : 0,
      createInternetGateway: d.allowInternetEgress,
      restrictDefaultSecurityGroup: HEALTH_DATA_NETWORK_DEFAULTS.restrictDefaultSecurityGroup,
    });

    this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      encryptionKey: this.key.key,
      retention: d.flowLogRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The delivery role's permissions are a customer-managed policy scoped to this log group, not an inline policy.
    const flowLogRole = serviceRole(this, 'FlowLogRole', 'vpc-flow-logs.amazonaws.com', [
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        resources: [this.flowLogGroup.logGroupArn],
      }),
    ]);
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(this.flowLogGroup, flowLogRole),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    acknowledgeRestrictDefaultSgProvider(this);

    this.s3Endpoint = this.vpc.addGatewayEndpoint('S3', {
      service: ec2.GatewayVpcEndpointAwsService.S3,
      subnets: [this.isolatedSubnets],
    });
    this.dynamoDbEndpoint = this.vpc.addGatewayEndpoint('DynamoDb', {
      service: ec2.GatewayVpcEndpointAwsService.DYNAMODB,
      subnets: [this.isolatedSubnets],
    });
    for (const [name, service] of Object.entries(HEALTH_DATA_NETWORK_DEFAULTS.interfaceEndpoints)) {
      this.addInterfaceEndpoint(name, service);
    }
    for (const service of props.extraInterfaceEndpoints ?? []) {
      this.addInterfaceEndpoint(service.shortName, service);
    }
  }

  /** Add (once) an interface endpoint in the isolated subnets, reachable on 443 from inside the VPC only. */
  public addInterfaceEndpoint(name: string, service: ec2.InterfaceVpcEndpointAwsService): ec2.InterfaceVpcEndpoint {
    const existing = this.endpoints.get(service.name);
    if (existing) return existing;
    const id = `${name.replace(/[^A-Za-z0-9]/g, '')}Endpoint`;
    // Our own security group: HTTPS from the VPC's literal CIDR only (CDK's `open: true` renders the CIDR
    // as a GetAtt, which checks cannot judge), egress nowhere.
    const sg = new ec2.SecurityGroup(this, `${id}SecurityGroup`, {
      vpc: this.vpc,
      description: `HTTPS to the ${service.shortName} endpoint from inside the VPC`,
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    sg.addIngressRule(ec2.Peer.ipv4(this.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');
    const endpoint = this.vpc.addInterfaceEndpoint(id, {
      service,
      subnets: this.isolatedSubnets,
      privateDnsEnabled: true,
      open: false,
      securityGroups: [sg],
    });
    this.endpoints.set(service.name, endpoint);
    return endpoint;
  }
}
