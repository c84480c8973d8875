import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { healthDataGuardValidator } from '../../lib/packs/guard-validator';
import { policiesDir } from '../../lib/guard/guard';
import { acknowledgeHealthData } from '../../lib/packs/acknowledgments';
import { HealthDataBucket } from '../../lib/constructs';

function synthWith(build: (stack: Stack) => void, validator = healthDataGuardValidator()): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-guard-'));
  const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
  build(new Stack(app, 'Stack'));
  Validations.of(app).addPlugins(validator);
  try {
    app.synth();
    return 'ok';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('healthDataGuardValidator', () => {
  test('fails: a property override turns off a bucket public access block (Guard judges the override too)', () => {
    const msg = synthWith((stack) => {
      const b = new s3.Bucket(stack, 'Recordings', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
      (b.node.defaultChild as s3.CfnBucket).addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicPolicy', false);
    });
    expect(msg).toMatch(/HealthData-S3BucketPublicAccessBlocked/);
    expect(msg).toMatch(/Stack\/Recordings\/Resource/);
  });

  test('a Guard finding is acknowledged with the rule id', () => {
    const msg = synthWith((stack) => {
      const raw = new CfnResource(stack, 'Raw', { type: 'AWS::S3::Bucket', properties: {} });
      Validations.of(raw).acknowledge({ id: 'HealthData-S3BucketPublicAccessBlocked', reason: 'test: acknowledged' });
    });
    expect(msg).not.toMatch(/HealthData-S3BucketPublicAccessBlocked/);
  });

  test('fails synth, not silently passes, when a policy does not parse', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-broken-'));
    fs.cpSync(policiesDir(), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'broken.guard'), 'rule HealthData_Broken when {\n');
    const msg = synthWith((stack) => new CfnResource(stack, 'Handle', { type: 'AWS::CloudFormation::WaitConditionHandle' }), healthDataGuardValidator({ policiesDir: dir }));
    // Reported as a fatal violation: a plugin that throws is a failure the cdk CLI does not fail on.
    expect(msg).toMatch(/FATAL The HealthDataGuard checks could not run, so nothing in this app is proven compliant: .*(cfn-guard (reported an error|failed).*Parsing error|did not evaluate HealthData_Broken)/s);
  });
});

/** Synthesize under the Guard validator; the (rule id, construct path) pairs of validation-report.json. */
function guardReport(build: (stack: Stack) => void): { error: string; pairs: string[] } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-guard-report-'));
  const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
  build(new Stack(app, 'Stack'));
  Validations.of(app).addPlugins(healthDataGuardValidator());
  let error = '';
  try {
    app.synth();
  } catch (e) {
    error = (e as Error).message;
  }
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as {
    pluginReports: Array<{ violations: Array<{ ruleName: string; violatingConstructs: Array<{ constructPath?: string; resourceLogicalId?: string }> }> }>;
  };
  const pairs = report.pluginReports.flatMap((r) => r.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} ${c.constructPath ?? `(no construct) ${c.resourceLogicalId}`}`)));
  return { error, pairs: [...new Set(pairs)].sort() };
}

describe('healthDataGuardValidator judges each resource on its own', () => {
  test('fails: a plain s3.Bucket beside a HealthDataBucket is reported for TLS, the HealthDataBucket and its log bucket are not', () => {
    const { error, pairs } = guardReport((stack) => {
      new HealthDataBucket(stack, 'Records', { retention: Duration.days(365) });
      new s3.Bucket(stack, 'Plain');
    });
    expect(error).toMatch(/HealthData-S3BucketRequiresTls/);
    const tls = pairs.filter((p) => p.startsWith('HealthData-S3BucketRequiresTls '));
    expect(tls).toEqual(['HealthData-S3BucketRequiresTls Stack/Plain/Resource']);
    // Nothing of the HealthDataBucket (its bucket, its log bucket, their policies) is reported by any rule.
    expect(pairs.filter((p) => p.includes(' Stack/Records/'))).toEqual([]);
    // Every Guard finding names a resource.
    expect(pairs.filter((p) => p.includes('(no construct)'))).toEqual([]);
  });

  test('passes: the HealthDataBucket alone has no Guard finding', () => {
    const { error, pairs } = guardReport((stack) => {
      new HealthDataBucket(stack, 'Records', { retention: Duration.days(365) });
    });
    expect(pairs).toEqual([]);
    expect(error).toBe('');
  });
});

describe('healthDataGuardValidator judges acknowledgments as the pack does', () => {
  afterEach(() => {
    delete process.env.CDK_HEALTH_DATA_TODAY;
  });

  test('fails: acknowledging a rule that can never be acknowledged fails synth with the reason', () => {
    const msg = synthWith((stack) => {
      const raw = new CfnResource(stack, 'Raw', { type: 'AWS::S3::Bucket', properties: { AccessControl: 'PublicRead' } });
      Validations.of(raw).acknowledge({ id: 'HealthData-S3BucketAclNotPublic', reason: 'a public download area' });
    });
    expect(msg).toMatch(/FATAL .*The acknowledgment does not count: HealthData-S3BucketAclNotPublic can never be acknowledged[^]*Stack\/Raw/);
  });

  test('fails: an expired governed acknowledgment no longer excuses the Guard finding', () => {
    process.env.CDK_HEALTH_DATA_TODAY = '2027-02-01';
    const msg = synthWith((stack) => {
      const raw = new CfnResource(stack, 'Raw', { type: 'AWS::S3::Bucket', properties: {} });
      acknowledgeHealthData(raw, { id: 'HealthData-S3BucketPublicAccessBlocked', reason: 'old exception', ticket: 'SEC-1', expires: '2027-01-31' });
    });
    expect(msg).toMatch(/HealthData-S3BucketPublicAccessBlocked/);
  });
});
