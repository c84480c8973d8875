/**
 * Shared by the construct tests: an app with every check the reference app
 * registers (HealthData, HIPAA, NIST 800-53 R5, AWS Solutions, Control Tower via
 * cfn-guard), synthesized into a temporary directory, and its findings read back
 * from the validation report as `<plugin>::<rule> <construct path>` lines.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { healthDataGuardValidator } from '../../lib/packs/guard-validator';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';

export const ENV = { account: '111111111111', region: 'eu-north-1' };

export type PackName = 'HealthData' | 'HealthDataGuard' | 'HIPAA' | 'NIST' | 'AwsSolutions' | 'ControlTower';
export const ALL_PACKS: PackName[] = ['HealthData', 'HealthDataGuard', 'HIPAA', 'NIST', 'AwsSolutions', 'ControlTower'];

/** Register the checks on an app, exactly as bin/app.ts does. */
export function addPacks(app: App, packs: PackName[] = ALL_PACKS): void {
  const plugins = [];
  if (packs.includes('HealthData')) plugins.push(new HealthDataChecks(app));
  if (packs.includes('HealthDataGuard')) plugins.push(healthDataGuardValidator());
  if (packs.includes('HIPAA')) plugins.push(new HIPAASecurityChecks(app));
  if (packs.includes('NIST')) plugins.push(new NIST80053R5Checks(app));
  if (packs.includes('AwsSolutions')) plugins.push(new AwsSolutionsChecks(app));
  if (packs.includes('ControlTower')) plugins.push(new CfnGuardValidator({ controlTowerRulesEnabled: true }));
  Validations.of(app).addPlugins(...plugins);
}

/** A fresh app without CDK's own CloudFormation schema validation (it is not one of our checks and costs time). */
export function newApp(outdir?: string): App {
  return new App({
    outdir: outdir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hd-constructs-')),
    builtinCloudFormationValidation: false,
  });
}

export interface Synthesized {
  /** `<plugin>::<rule> <construct path>` for every unacknowledged finding, sorted. */
  readonly findings: string[];
  /** Findings that were acknowledged, same format. */
  readonly acknowledged: string[];
  readonly templates: Record<string, Template>;
  readonly error?: string;
}

interface ReportJson {
  pluginReports?: Array<{
    summary?: { pluginName?: string };
    pluginName?: string;
    violations?: Array<{ ruleName: string; violatingConstructs?: Array<{ constructPath?: string; resourceLogicalId?: string }>; violatingResources?: Array<{ constructPath?: string; resourceLogicalId?: string }> }>;
    suppressedViolations?: Array<{ ruleName: string; violatingConstructs?: Array<{ constructPath?: string }>; violatingResources?: Array<{ constructPath?: string }> }>;
  }>;
}

/** Synthesize an app with checks registered; never throws for findings, returns them. */
export function synthesize(app: App): Synthesized {
  let error: string | undefined;
  try {
    app.synth();
  } catch (e) {
    error = (e as Error).message;
  }
  const outdir = app.outdir;
  const reportFile = path.join(outdir, 'validation-report.json');
  const findings: string[] = [];
  const acknowledged: string[] = [];
  if (fs.existsSync(reportFile)) {
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ReportJson;
    for (const r of report.pluginReports ?? []) {
      const plugin = r.summary?.pluginName ?? r.pluginName ?? '?';
      for (const v of r.violations ?? []) {
        for (const c of v.violatingConstructs ?? v.violatingResources ?? []) {
          findings.push(`${plugin}::${v.ruleName} ${c.constructPath ?? c.resourceLogicalId}`);
        }
      }
      for (const v of r.suppressedViolations ?? []) {
        for (const c of v.violatingConstructs ?? v.violatingResources ?? []) acknowledged.push(`${plugin}::${v.ruleName} ${c.constructPath}`);
      }
    }
  } else if (error) {
    findings.push(`synth failed: ${error}`);
  }
  const templates: Record<string, Template> = {};
  for (const child of app.node.children) {
    if (child instanceof Stack) {
      const file = path.join(outdir, child.templateFile);
      if (fs.existsSync(file)) templates[child.stackName] = Template.fromJSON(JSON.parse(fs.readFileSync(file, 'utf8')));
    }
  }
  return { findings: [...new Set(findings)].sort(), acknowledged: [...new Set(acknowledged)].sort(), templates, error };
}

/** A stack in a fresh app with all checks, built by `build`, synthesized. */
export function synthWithChecks(build: (stack: Stack) => void, opts: { packs?: PackName[]; stackProps?: StackProps } = {}): Synthesized {
  const app = newApp();
  addPacks(app, opts.packs);
  const stack = new Stack(app, 'Test', { env: ENV, ...opts.stackProps });
  build(stack);
  return synthesize(app);
}

/** A stack for assertions only (no checks): fast. */
export function templateOf(build: (stack: Stack) => void, stackProps: StackProps = {}): Template {
  const app = newApp();
  const stack = new Stack(app, 'Test', { env: ENV, ...stackProps });
  build(stack);
  return Template.fromStack(stack);
}
