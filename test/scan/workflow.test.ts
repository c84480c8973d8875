/**
 * The example workflow cannot run here; its commands can. Every `cdk-health-data` step is
 * run as written (through the CLI's main) against a synthesized cloud assembly, in a
 * scratch directory, and must write what the later upload steps read.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { parse } from 'yaml';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
import { main } from '../../lib/scan/cli';

const workflow = parse(fs.readFileSync(path.join(__dirname, '..', '..', '.github', 'workflows', 'health-data.yml'), 'utf8'));
const steps: Array<{ name?: string; run?: string; uses?: string; with?: Record<string, string> }> = workflow.jobs['health-data'].steps;

function scanSteps(): string[][] {
  return steps.filter((s) => s.run?.startsWith('npx cdk-health-data ')).map((s) => s.run!.replace(/^npx cdk-health-data /, '').split(/\s+/));
}

describe('the example GitHub workflow', () => {
  let cwd: string;
  const original = process.cwd();
  beforeAll(() => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-workflow-'));
    const app = new App({ outdir: path.join(cwd, 'cdk.out'), builtinCloudFormationValidation: false } as never);
    const stack = new Stack(app, 'Archive');
    const b = new s3.Bucket(stack, 'Open', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
    Validations.of(b).acknowledge({ id: 'HealthData-S3BucketPublicAccessBlocked', reason: 'test' });
    Validations.of(app).addPlugins(new HealthDataChecks(app));
    expect(() => app.synth()).toThrow(/HealthData-/); // like `cdk synth` in the workflow: findings remain
    process.chdir(cwd);
  });
  afterAll(() => process.chdir(original));

  test('synthesizes, scans to SARIF and JUnit, writes the audit report, and uploads what it wrote', () => {
    expect(steps.some((s) => s.run === 'npx cdk synth --quiet')).toBe(true);
    const runs = scanSteps();
    expect(runs.map((r) => r[0])).toEqual(['scan', 'scan', 'report']);
    for (const argv of runs) {
      const code = main(argv, () => undefined, () => undefined);
      expect(code).toBe(1); // findings remain: the step, and so the pull request, fails
    }
    const sarif = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.with!.sarif_file;
    const junit = steps.find((s) => s.uses?.startsWith('mikepenz/action-junit-report'))!.with!.report_paths;
    expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
    expect(fs.readFileSync(junit, 'utf8')).toMatch(/^<\?xml[^]*<testsuites name="cdk-health-data"/);
    expect(fs.readFileSync('health-data-report.md', 'utf8')).toMatch(/^# Health-data compliance report/);
    expect(JSON.parse(fs.readFileSync('health-data-report.json', 'utf8')).templates.length).toBe(1);
    const sarifLog = JSON.parse(fs.readFileSync(sarif, 'utf8'));
    const acked = sarifLog.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(acked.map((r: { ruleId: string }) => r.ruleId)).toContain('HealthData-S3BucketPublicAccessBlocked');
  });
});
