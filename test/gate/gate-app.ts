/**
 * A small app for the gate tests, run by the real `cdk` CLI (see gate.test.ts). GATE_SCENARIO
 * picks what it holds; every scenario registers the HealthData pack, GATE_GUARD=1 the Guard
 * validator too.
 */
import { App, Duration, NestedStack, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
import { healthDataGuardValidator } from '../../lib/packs/guard-validator';
import { HealthDataBucket } from '../../lib/constructs';

const app = new App();
const scenario = process.env.GATE_SCENARIO;
const stack = new Stack(app, 'Gate', { env: { account: '111111111111', region: 'eu-north-1' } });

if (scenario === 'refused') {
  // A public bucket, and an acknowledgment of a rule that can never be acknowledged.
  const b = new s3.Bucket(stack, 'Public', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
  Validations.of(b).acknowledge({ id: 'HealthData-S3BucketRequiresTls', reason: 'the players need plain HTTP' });
} else if (scenario === 'unknown-id') {
  // A secure bucket whose acknowledgment names a rule that does not exist: it must not pass quietly.
  const b = new HealthDataBucket(stack, 'Recordings', { retention: Duration.days(365) });
  Validations.of(b).acknowledge({ id: 'HealthData-ElbLoadBalancerInternl', reason: 'typo' });
} else if (scenario === 'nested') {
  // A public bucket inside a nested stack, and one inside a stage's nested stack.
  const inner = new NestedStack(stack, 'Storage');
  new s3.Bucket(inner, 'Open', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
  const stage = new Stage(app, 'Prod', { env: { account: '111111111111', region: 'eu-north-1' } });
  const staged = new Stack(stage, 'Archive');
  new s3.Bucket(new NestedStack(staged, 'Inner'), 'AlsoOpen', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
} else if (scenario === 'clean') {
  new HealthDataBucket(stack, 'Recordings', { retention: Duration.days(365) });
} else {
  throw new Error(`unknown GATE_SCENARIO '${scenario}'`);
}

Validations.of(app).addPlugins(new HealthDataChecks(app), ...(process.env.GATE_GUARD === '1' ? [healthDataGuardValidator()] : []));
app.synth();
