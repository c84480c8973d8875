/**
 * Acknowledgments written in a template's own metadata (`cdk_nag.rules_to_suppress`, or ours):
 * one verdict for the scanner reading the template and the pack judging it through CfnInclude.
 * A reason is required, never-acknowledgeable rules stay refused, an unknown id fails, and an
 * acknowledged finding stays visible in the report.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
import { isOpen } from '../../lib/engine/evaluate';
import { exitCode, scanPaths } from '../../lib/scan/scan';

const PUBLIC_DB = 'HealthData-RdsInstanceNotPublic';

/** A public database, unencrypted, with `metadata` on it, written to a file. */
function templateFile(metadata: object, engine = 'postgres'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hd-tack-')), 'db.json');
  fs.writeFileSync(file, JSON.stringify({
    Resources: {
      Db: {
        Type: 'AWS::RDS::DBInstance',
        Metadata: metadata,
        Properties: { Engine: engine, EngineVersion: engine === 'postgres' ? '16.3' : '8.0.36', DBInstanceClass: 'db.t3.micro', AllocatedStorage: '20', PubliclyAccessible: true, MasterUsername: 'u', ManageMasterUserPassword: true },
      },
    },
  }));
  return file;
}

/** The scanner's verdict on the public-database finding, and the exit code. */
function byScan(file: string): { code: number; status?: string; error?: string } {
  const result = scanPaths([file], { engine: 'rules' });
  const f = result.files[0];
  const finding = f.findings.find((x) => x.ruleId === PUBLIC_DB);
  return { code: exitCode(result), ...(finding ? { status: finding.acknowledgment?.status ?? (isOpen(finding) ? 'open' : 'active') } : {}), ...(f.error ? { error: f.error } : {}) };
}

/** The pack's verdict on the same template, included with CfnInclude. */
function byPack(file: string): { violations: string[]; success: boolean } {
  const app = new App({ builtinCloudFormationValidation: false } as never);
  const stack = new Stack(app, 'Stack');
  new CfnInclude(stack, 'Included', { templateFile: file });
  const report = new HealthDataChecks(app).validateScope(app);
  return {
    success: report.success,
    violations: report.violations.filter((v) => v.ruleName === PUBLIC_DB || v.ruleName.startsWith('HealthData-Acknowledgment')).map((v) => `${v.ruleName} ${v.severity}`),
  };
}

describe('acknowledgments in template metadata', () => {
  test('fails: an empty reason is refused by the scanner and by the pack (it used to make scan exit 0)', () => {
    const file = templateFile({ cdk_nag: { rules_to_suppress: [{ id: PUBLIC_DB, reason: '' }] } });
    expect(byScan(file)).toEqual({ code: 1, status: 'refused' });
    expect(byPack(file).violations).toEqual([`${PUBLIC_DB} fatal`]);
    const finding = scanPaths([file], { engine: 'rules' }).files[0].findings.find((x) => x.ruleId === PUBLIC_DB)!;
    expect(finding.acknowledgment!.message).toMatch(/has no reason, so it is refused/);
  });

  test('an acknowledgment with a reason holds in both, and the finding stays visible as acknowledged', () => {
    const file = templateFile({ cdk_nag: { rules_to_suppress: [{ id: PUBLIC_DB, reason: 'demo database with synthetic data only (ticket SEC-9)' }] } });
    expect(byScan(file).status).toBe('active');
    expect(byPack(file).violations).toEqual([]);
  });

  test('fails: a never-acknowledgeable rule stays refused when acknowledged in the template', () => {
    // MySQL accepts plaintext connections unless require_secure_transport is on.
    const file = templateFile({ cdk_health_data: { acknowledgments: [{ id: 'HealthData-RdsInstanceTlsRequired', reason: 'the legacy client cannot do TLS' }] } }, 'mysql');
    const scan = scanPaths([file], { engine: 'rules' }).files[0].findings.find((x) => x.ruleId === 'HealthData-RdsInstanceTlsRequired')!;
    expect(scan.acknowledgment?.status).toBe('refused');
    const app = new App({ builtinCloudFormationValidation: false } as never);
    new CfnInclude(new Stack(app, 'Stack'), 'Included', { templateFile: file });
    const v = new HealthDataChecks(app).validateScope(app).violations.find((x) => x.ruleName === 'HealthData-RdsInstanceTlsRequired')!;
    expect([v.severity, v.description]).toEqual(['fatal', expect.stringMatching(/can never be acknowledged/)]);
  });

  test('fails: an expired template acknowledgment no longer counts in either', () => {
    process.env.CDK_HEALTH_DATA_TODAY = '2027-02-01';
    try {
      const file = templateFile({ cdk_health_data: { acknowledgments: [{ id: PUBLIC_DB, reason: 'pilot', ticket: 'SEC-1', expires: '2027-01-31' }] } });
      expect(byScan(file)).toEqual({ code: 1, status: 'expired' });
      expect(byPack(file).violations).toEqual([`${PUBLIC_DB} fatal`]);
    } finally {
      delete process.env.CDK_HEALTH_DATA_TODAY;
    }
  });

  test('fails: an acknowledgment of an id that is no rule is an input error for the scanner and fails synth', () => {
    const file = templateFile({ cdk_nag: { rules_to_suppress: [{ id: 'HealthData-RdsInstanceNotPublik', reason: 'typo' }, { id: 'AwsSolutions-RDS2', reason: 'another pack: not ours to judge' }] } });
    expect(byScan(file)).toEqual({ code: 2, error: "resource 'Db' acknowledges 'HealthData-RdsInstanceNotPublik', which is not a HealthData rule (see RULES.md): correct the id or remove the acknowledgment" });
    expect(byPack(file)).toEqual({ success: false, violations: [`${PUBLIC_DB} error`, 'HealthData-AcknowledgmentUnknownRule fatal'] });
  });
});

describe('acknowledgments on constructs that acknowledge nothing', () => {
  test('an acknowledgment that matches no finding is a warning that does not fail synth', () => {
    const app = new App({ builtinCloudFormationValidation: false } as never);
    const stack = new Stack(app, 'Stack');
    Validations.of(stack).acknowledge({ id: 'HealthData-ElbLoadBalancerInternal', reason: 'the classic ELB rule, on a stack with no classic ELB' });
    const report = new HealthDataChecks(app).validateScope(app);
    expect(report.violations.map((v) => [v.ruleName, v.severity, v.violatingResources.map((r) => r.constructPath)])).toEqual([
      ['HealthData-AcknowledgmentUnused', 'warning', ['Stack']],
    ]);
    expect(report.violations[0].description).toMatch(/matches no finding of that rule on this construct or below it/);
    expect(report.success).toBe(true);
  });
});
