/**
 * The gate as a user meets it: the real `cdk` CLI synthesizing a real app (gate-app.ts), then
 * `cdk-health-data scan cdk.out`. In-process `app.synth()` is not enough: the CLI passes a
 * plugin that throws, and does not print (or fail on) a violation without a resource.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
import { main } from '../../lib/scan/cli';

const root = path.join(__dirname, '..', '..');
const cdk = path.join(root, 'node_modules', 'aws-cdk', 'bin', 'cdk');

interface Synth { code: number | null; output: string; outdir: string }

/** `cdk synth` of one gate-app scenario, as a user runs it from the project folder. */
function cdkSynth(scenario: string, guard = false): Synth {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `hd-gate-${scenario}-`));
  const r = spawnSync(process.execPath, [cdk, 'synth', '--quiet', '--no-notices', '-o', outdir, '--app', `"${process.execPath}" -r ts-node/register/transpile-only test/gate/gate-app.ts`], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GATE_SCENARIO: scenario, GATE_GUARD: guard ? '1' : '0', CDK_VALIDATION: 'false', CDK_DISABLE_VERSION_CHECK: 'true', CDK_DISABLE_CLI_TELEMETRY: 'true', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`, outdir };
}

/** (plugin, rule, construct path) triples of the validation report cdk synth wrote. */
function reported(outdir: string): string[] {
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
  const out = new Set<string>();
  for (const p of report.pluginReports) {
    for (const v of p.violations) for (const c of v.violatingConstructs) out.add(`${p.pluginName} ${v.ruleName} ${c.constructPath ?? ''}`);
  }
  return [...out].sort();
}

/** `cdk-health-data scan ARGS` as the workflow runs it; the exit code and the JSON report. */
function scan(args: string[]): { code: number; files: Array<{ file: string; status: string; findings: Array<{ ruleId: string; logicalId: string; constructPath?: string; acknowledgment?: { status: string } }> }> } {
  let text = '';
  const code = main(['scan', '--format', 'json', ...args], (s) => { text += s; }, () => undefined);
  return { code, files: JSON.parse(text).files };
}

describe('the gate through the cdk CLI', () => {
  test('fails: a refused acknowledgment fails cdk synth and prints why (it used to pass with no findings at all)', () => {
    const r = cdkSynth('refused');
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/FATAL \[HealthData-S3BucketRequiresTls\] .*The acknowledgment does not count: HealthData-S3BucketRequiresTls can never be acknowledged/);
    // The other findings of the app are still reported, not swallowed by the refusal.
    expect(reported(r.outdir)).toEqual([
      'HealthData HealthData-S3BucketCustomerKeyEncrypted Gate/Public/Resource',
      'HealthData HealthData-S3BucketPolicyNotPublic Gate/Public/Policy/Resource',
      'HealthData HealthData-S3BucketPublicAccessBlocked Gate/Public/Resource',
      'HealthData HealthData-S3BucketRequiresTls Gate/Public/Resource',
    ]);
  });

  test('fails: an acknowledgment of a rule id that does not exist fails cdk synth', () => {
    const r = cdkSynth('unknown-id');
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/FATAL Gate\/Recordings: the acknowledgment of 'HealthData-ElbLoadBalancerInternl' names no HealthData rule/);
    expect(reported(r.outdir)).toEqual(['HealthData HealthData-AcknowledgmentUnknownRule Gate/Recordings']);
  });

  test('a secure app passes cdk synth under both engines (the gate does not fail everything)', () => {
    const r = cdkSynth('clean', true);
    expect(r.output).not.toMatch(/FATAL|ERROR/);
    expect(r.code).toBe(0);
    expect(scan([r.outdir]).code).toBe(0);
  });

  describe('nested stacks, in the app and in a stage', () => {
    let r: Synth;
    beforeAll(() => {
      r = cdkSynth('nested', true);
    });

    const buckets = ['Gate/Storage/Open/Resource', 'Prod/Archive/Inner/AlsoOpen/Resource'];

    test('fails: cdk synth judges the public buckets inside nested stacks with both engines, one violation per rule and resource', () => {
      expect(r.code).not.toBe(0);
      const pairs = reported(r.outdir);
      for (const b of buckets) expect(pairs).toContain(`HealthData HealthData-S3BucketPublicAccessBlocked ${b}`);
      // The Guard validator, registered after the pack, merges into the pack's violation instead of repeating it.
      expect(pairs.filter((p) => p.startsWith('HealthDataGuard HealthData-S3BucketPublicAccessBlocked'))).toEqual([]);
      const report = JSON.parse(fs.readFileSync(path.join(r.outdir, 'validation-report.json'), 'utf8'));
      const pab = report.pluginReports.find((p: { pluginName: string }) => p.pluginName === 'HealthData').violations
        .filter((v: { ruleName: string }) => v.ruleName === 'HealthData-S3BucketPublicAccessBlocked');
      expect(pab.map((v: { description: string }) => v.description)).toEqual(buckets.map(() => expect.stringMatching(/The Guard policies agree \(Properties\/PublicAccessBlockConfiguration/)));
    });

    test('fails: scan cdk.out reads the nested stack templates and agrees with synth on the (rule, resource) pairs', () => {
      const result = scan(['--engine', 'rules', r.outdir]);
      expect(result.code).toBe(1);
      expect(result.files.map((f) => path.relative(r.outdir, f.file)).sort()).toEqual([
        'Gate.template.json',
        'GateStorageC83E83EB.nested.template.json',
        path.join('assembly-Prod', 'ProdArchiveA8AA22EC.template.json'),
        path.join('assembly-Prod', 'ProdArchiveInner0072E5E4.nested.template.json'),
      ].sort());
      const byScan = [...new Set(result.files.flatMap((f) => f.findings.map((x) => `HealthData ${x.ruleId} ${x.constructPath}`)))].sort();
      expect(byScan).toEqual(reported(r.outdir).filter((p) => p.startsWith('HealthData ')));
    });

    test('fails: the Guard engine of the scanner judges the nested templates too, and agrees with synth on the pairs', () => {
      const result = scan(['--engine', 'guard', r.outdir]);
      expect(result.code).toBe(1);
      const byGuard = [...new Set(result.files.flatMap((f) => f.findings.map((x) => `HealthData ${x.ruleId} ${x.constructPath}`)))].sort();
      expect(byGuard).toEqual(reported(r.outdir).filter((p) => p.startsWith('HealthData ')));
      expect(byGuard.filter((p) => p.includes('S3BucketPublicAccessBlocked'))).toEqual(buckets.map((b) => `HealthData HealthData-S3BucketPublicAccessBlocked ${b}`));
    });

    test('at synth the Guard validator agreed with the pack on every (rule, resource) pair: it added its agreement, not a second violation', () => {
      const report = JSON.parse(fs.readFileSync(path.join(r.outdir, 'validation-report.json'), 'utf8'));
      const guard = report.pluginReports.find((p: { pluginName: string }) => p.pluginName === 'HealthDataGuard');
      expect(guard?.violations ?? []).toEqual([]);
      const pack = report.pluginReports.find((p: { pluginName: string }) => p.pluginName === 'HealthData').violations as Array<{ description: string }>;
      expect(pack.length).toBe(6);
      for (const v of pack) expect(v.description).toMatch(/The Guard policies agree \(/);
    });
  });
});

describe('a pack that cannot run', () => {
  test('fails: an internal error is reported as a fatal violation on every stack, never thrown (the CLI passes a plugin that throws)', () => {
    const report = new HealthDataChecks().validate({ templatePaths: ['/nowhere/S.template.json'], stackTemplates: [{ stackConstructPath: 'S', templatePath: '/nowhere/S.template.json' }] } as never);
    expect(report.success).toBe(false);
    expect(report.violations.map((v) => [v.ruleName, v.severity, v.violatingResources.map((x) => x.templatePath)])).toEqual([
      ['HealthData-ChecksFailed', 'fatal', ['/nowhere/S.template.json']],
    ]);
    expect(report.violations[0].description).toMatch(/^The HealthData checks could not run, so nothing in this app is proven compliant: /);
  });
});
