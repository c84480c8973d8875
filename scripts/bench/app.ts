/**
 * A deterministic synthetic app for the benchmark, synthesized in a fresh process.
 *   BENCH_STACKS, BENCH_RESOURCES  size (resources in all, spread over the stacks)
 *   BENCH_VARIANT                  clean (the project's secure constructs) | dirty (plain L2/L1, a share insecure)
 *   BENCH_MODE                     baseline | healthdata | guard | both | hipaa | controltower
 *   BENCH_OUT                      cloud assembly directory
 * A dirty app fails validation by design: the process still exits 0 once synth has run.
 */
import { App, CfnResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { HIPAASecurityChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import {
  HealthDataBucket, HealthDataDatabase, HealthDataFileSystem, HealthDataKey, HealthDataLoadBalancer, HealthDataNetwork,
} from '../../lib/constructs';
import { healthDataGuardValidator } from '../../lib/packs/guard-validator';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';

const stacks = Number(process.env.BENCH_STACKS ?? 1);
const total = Number(process.env.BENCH_RESOURCES ?? 50);
const variant = process.env.BENCH_VARIANT ?? 'dirty';
const mode = process.env.BENCH_MODE ?? 'baseline';
const outdir = process.env.BENCH_OUT ?? 'cdk.out';

const count = (s: Construct) => s.node.findAll().filter((c) => CfnResource.isCfnResource(c)).length;

/** One unit of plain resources; every third unit is insecure (public, plaintext or unencrypted). */
function dirtyUnit(scope: Stack, i: number, vpc: ec2.CfnVPC): void {
  const bad = i % 3 === 0;
  const key = new kms.CfnKey(scope, `Key${i}`, { enableKeyRotation: !bad, keyPolicy: { Version: '2012-10-17', Statement: [] } });
  const bucket = new s3.CfnBucket(scope, `Bucket${i}`, bad ? { accessControl: 'PublicRead' } : {
    publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: key.attrArn } }] },
  });
  void bucket;
  new sqs.CfnQueue(scope, `Queue${i}`, bad ? {} : { kmsMasterKeyId: key.attrArn });
  new dynamodb.CfnTable(scope, `Table${i}`, {
    keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
    attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
    billingMode: 'PAY_PER_REQUEST',
    ...(bad ? {} : { sseSpecification: { sseEnabled: true, sseType: 'KMS', kmsMasterKeyId: key.attrArn } }),
  });
  const sg = new ec2.CfnSecurityGroup(scope, `Sg${i}`, {
    groupDescription: 'data', vpcId: vpc.ref,
    securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, cidrIp: bad ? '0.0.0.0/0' : '10.0.0.0/16' }],
  });
  new efs.CfnFileSystem(scope, `Fs${i}`, bad ? {} : { encrypted: true, kmsKeyId: key.attrArn });
  new rds.CfnDBInstance(scope, `Db${i}`, {
    engine: 'postgres', dbInstanceClass: 'db.t3.micro', allocatedStorage: '20', masterUsername: 'admin', manageMasterUserPassword: true,
    publiclyAccessible: bad, storageEncrypted: !bad, vpcSecurityGroups: [sg.attrGroupId],
  });
  const lb = new elbv2.CfnLoadBalancer(scope, `Lb${i}`, { scheme: bad ? 'internet-facing' : 'internal', subnets: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'] });
  new elbv2.CfnListener(scope, `Listener${i}`, {
    loadBalancerArn: lb.ref, port: bad ? 80 : 443, protocol: bad ? 'HTTP' : 'HTTPS',
    ...(bad ? {} : { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificates: [{ certificateArn: 'arn:aws:acm:eu-north-1:111111111111:certificate/bench' }] }),
    defaultActions: [{ type: 'fixed-response', fixedResponseConfig: { statusCode: '404' } }],
  });
}

/** One unit built from the project's secure constructs. */
function cleanUnit(scope: Stack, i: number, network: HealthDataNetwork, key: HealthDataKey): void {
  new HealthDataBucket(scope, `Recordings${i}`, { retention: Duration.days(365 * 3), key });
  new sqs.Queue(scope, `Queue${i}`, { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key.key, enforceSSL: true });
  new dynamodb.Table(scope, `Table${i}`, {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, encryptionKey: key.key, pointInTimeRecovery: true,
  });
  if (i % 4 === 0) new HealthDataFileSystem(scope, `Files${i}`, { network });
  if (i % 8 === 0) new HealthDataDatabase(scope, `Db${i}`, { network });
  if (i % 8 === 4) {
    new HealthDataLoadBalancer(scope, `Lb${i}`, {
      network,
      certificate: acm.Certificate.fromCertificateArn(scope, `Cert${i}`, 'arn:aws:acm:eu-north-1:111111111111:certificate/bench'),
    });
  }
}

const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
const perStack = Math.max(1, Math.round(total / stacks));
for (let s = 0; s < stacks; s++) {
  const stack = new Stack(app, `Bench${s}`, { env: { account: '111111111111', region: 'eu-north-1' } });
  if (variant === 'clean') {
    const network = new HealthDataNetwork(stack, 'Network', {});
    const key = new HealthDataKey(stack, 'Key', {});
    for (let i = 0; count(stack) < perStack; i++) cleanUnit(stack, i, network, key);
  } else {
    const vpc = new ec2.CfnVPC(stack, 'Vpc', { cidrBlock: '10.0.0.0/16' });
    for (let i = 0; count(stack) < perStack; i++) dirtyUnit(stack, i, vpc);
  }
}

const plugins = {
  baseline: () => [],
  healthdata: () => [new HealthDataChecks(app)],
  guard: () => [healthDataGuardValidator()],
  both: () => [new HealthDataChecks(app), healthDataGuardValidator()],
  hipaa: () => [new HIPAASecurityChecks(app)],
  controltower: () => [new CfnGuardValidator({ maxBuffer: 1024 * 1024 * 1024 })],
}[mode];
if (!plugins) throw new Error(`unknown BENCH_MODE ${mode}`);
const list = plugins();
if (list.length) Validations.of(app).addPlugins(...(list as never[]));
try {
  app.synth();
} catch (e) {
  // Findings are expected in the dirty variant; anything else is a benchmark failure.
  if (!/validation-report\.json|Validation failed/.test(String((e as Error).message))) throw e;
}
