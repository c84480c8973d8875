import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { CATALOG } from '../../lib/catalog';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
import { acknowledgeHealthData } from '../../lib/packs/acknowledgments';
import { isOpen } from '../../lib/engine/evaluate';
import { scanPaths } from '../../lib/scan/scan';

const WAIVABLE = 'HealthData-S3BucketPublicAccessBlocked';
const NEVER = CATALOG.filter((e) => e.acknowledgeable === false).map((e) => e.id).sort();
const NEVER_ID = 'HealthData-S3BucketRequiresTls';
const ONLY_PAB = { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true } };

function app() {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-ack-'));
  const a = new App({ outdir, builtinCloudFormationValidation: false, context: { 'aws:cdk:enable-path-metadata': true } } as never);
  Validations.of(a).addPlugins(new HealthDataChecks(a));
  return { app: a, stack: new Stack(a, 'Stack'), outdir };
}

/** The synth verdict: the HealthData (rule, construct path) pairs in the validation report, or [] when synth passed. */
function synthPairs(a: App, outdir: string): string[] {
  try {
    a.synth();
    return [];
  } catch (e) {
    const file = path.join(outdir, 'validation-report.json');
    if (!fs.existsSync(file)) throw e;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    const pairs: string[] = [];
    for (const plugin of report.pluginReports ?? []) {
      for (const v of plugin.violations ?? []) {
        for (const r of v.violatingConstructs ?? []) pairs.push(`${v.ruleName} ${r.constructPath}`);
      }
    }
    return [...new Set(pairs)].sort();
  }
}

describe('acknowledgments', () => {
  afterEach(() => {
    delete process.env.CDK_HEALTH_DATA_TODAY;
  });

  test('the rules that can never be acknowledged are documented in the catalog', () => {
    expect(NEVER).toContain(NEVER_ID);
    for (const id of NEVER) expect(CATALOG.find((e) => e.id === id)!.notAcknowledgeableBecause).toMatch(/.{20}/);
  });

  test('a governed acknowledgment holds until its expiry date', () => {
    process.env.CDK_HEALTH_DATA_TODAY = '2027-01-31';
    const { app: a, stack, outdir } = app();
    const r = new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket', properties: ONLY_PAB });
    for (const e of CATALOG.filter((x) => x.id !== WAIVABLE && x.acknowledgeable !== false)) Validations.of(r).acknowledge({ id: e.id, reason: 'not under test' });
    acknowledgeHealthData(r, { id: WAIVABLE, reason: 'migration window', ticket: 'SEC-42', expires: '2027-01-31' });
    // The other acknowledgments match no finding of this bucket: warnings, not failures.
    expect(synthPairs(a, outdir).filter((p) => !p.startsWith(NEVER_ID) && !p.startsWith('HealthData-AcknowledgmentUnused '))).toEqual([]);
  });

  test('fails: an expired governed acknowledgment fails synth again, naming the lapsed acknowledgment', () => {
    process.env.CDK_HEALTH_DATA_TODAY = '2027-02-01';
    const { app: a, stack, outdir } = app();
    const r = new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket', properties: ONLY_PAB });
    acknowledgeHealthData(r, { id: WAIVABLE, reason: 'migration window', ticket: 'SEC-42', expires: '2027-01-31' });
    expect(synthPairs(a, outdir)).toContain(`${WAIVABLE} Stack/Bucket`);
    const text = fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8');
    expect(text).toMatch(/acknowledgment of HealthData-S3BucketPublicAccessBlocked \(ticket SEC-42\) expired on 2027-01-31/);
  });

  test.each([
    ['a plain acknowledgment', (r: CfnResource) => Validations.of(r).acknowledge({ id: NEVER_ID, reason: 'we accept plain HTTP' })],
    ['a CDK-qualified acknowledgment', (r: CfnResource) => Validations.of(r).acknowledge({ id: `HealthData::${NEVER_ID}`, reason: 'we accept plain HTTP' })],
  ])('fails: %s of a rule that can never be acknowledged fails synth with a clear message', (_what, ack) => {
    const { app: a, stack } = app();
    const r = new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket', properties: {} });
    ack(r);
    expect(() => a.synth()).toThrow(/FATAL \[HealthData-S3BucketRequiresTls\] .*The acknowledgment does not count: HealthData-S3BucketRequiresTls can never be acknowledged[^]*Stack\/Bucket/);
    const report = new HealthDataChecks(a).validateScope(a);
    const refused = report.violations.filter((v) => v.ruleName === NEVER_ID);
    expect(refused.map((v) => [v.severity, v.violatingResources.map((r) => r.constructPath)])).toEqual([['fatal', ['Stack/Bucket']]]);
    expect(refused[0].description).toMatch(/can never be acknowledged/);
    expect(report.success).toBe(false);
  });

  test('fails: acknowledgeHealthData refuses a never-acknowledgeable rule, a missing ticket and a bad date at once', () => {
    const { stack } = app();
    const r = new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket', properties: {} });
    expect(() => acknowledgeHealthData(r, { id: NEVER_ID, reason: 'x', ticket: 'T-1', expires: '2030-01-01' })).toThrow(/can never be acknowledged/);
    expect(() => acknowledgeHealthData(r, { id: WAIVABLE, reason: 'x', ticket: '', expires: '2030-01-01' })).toThrow(/'ticket' is required/);
    expect(() => acknowledgeHealthData(r, { id: WAIVABLE, reason: 'x', ticket: 'T-1', expires: 'next year' })).toThrow(/'expires' must be a date YYYY-MM-DD \(got "next year"\)/);
    expect(() => acknowledgeHealthData(r, { id: 'HealthData-Nope', reason: 'x', ticket: 'T-1', expires: '2030-01-01' })).toThrow(/unknown rule id 'HealthData-Nope'/);
  });

  test('cdk synth and scanning cdk.out agree on the unacknowledged (rule, resource) pairs', () => {
    process.env.CDK_HEALTH_DATA_TODAY = '2027-02-01';
    const { app: a, stack, outdir } = app();
    const plain = new CfnResource(stack, 'Plain', { type: 'AWS::S3::Bucket', properties: ONLY_PAB });
    Validations.of(plain).acknowledge({ id: WAIVABLE, reason: 'acknowledged the CDK way' });
    const lapsed = new CfnResource(stack, 'Lapsed', { type: 'AWS::S3::Bucket', properties: ONLY_PAB });
    acknowledgeHealthData(lapsed, { id: WAIVABLE, reason: 'old exception', ticket: 'SEC-1', expires: '2027-01-01' });
    const current = new CfnResource(stack, 'Current', { type: 'AWS::S3::Bucket', properties: ONLY_PAB });
    acknowledgeHealthData(current, { id: WAIVABLE, reason: 'current exception', ticket: 'SEC-2', expires: '2028-01-01' });
    new CfnResource(stack, 'Open', { type: 'AWS::S3::Bucket', properties: ONLY_PAB });
    const bySynth = synthPairs(a, outdir).map((p) => p.replace(/ Stack\/(\w+)$/, ' $1'));
    const scan = scanPaths([outdir], { engine: 'rules' });
    const byScan = [...new Set(scan.files.flatMap((f) => f.findings.filter(isOpen).map((x) => `${x.ruleId} ${x.logicalId}`)))].sort();
    expect(byScan).toEqual(bySynth);
    expect(bySynth.filter((p) => p.startsWith(WAIVABLE))).toEqual([`${WAIVABLE} Lapsed`, `${WAIVABLE} Open`]);
    const acked = scan.files.flatMap((f) => f.findings).filter((x) => x.ruleId === WAIVABLE && x.acknowledgment);
    expect(acked.map((x) => `${x.logicalId} ${x.acknowledgment!.status}`).sort()).toEqual(['Current active', 'Lapsed expired', 'Plain active']);
  });
});
