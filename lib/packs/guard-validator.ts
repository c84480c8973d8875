/**
 * The Guard policies in policies/ as a CDK policy-validation plugin. It extends
 * the bundled CfnGuardValidator (Control Tower rules off unless asked for) but
 * runs our policies itself, so a policy that does not parse, a missing binary or
 * a cfn-guard crash fails synth instead of passing with zero violations.
 */
import type { IPolicyValidationContextBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1 } from 'aws-cdk-lib';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { CATALOG } from '../catalog';
import { policiesDir, runGuard } from '../guard/guard';
import { acknowledgmentOf, judgeAcknowledgment, templateAcknowledgments } from './acknowledgments';
import { guardFinding, mergeFindings } from '../guard/findings';
import { describeFindings } from '../engine/evaluate';
import { withNestedTemplates } from '../template/nested';
import { packViolation } from './synth-findings';
import { checksFailed } from './checks-failed';

export interface HealthDataGuardValidatorProps {
  /**
   * Also run the Control Tower Guard rules bundled with @cdklabs/cdk-validator-cfnguard.
   * @default false - they cost tens of seconds on large apps
   */
  readonly controlTowerRulesEnabled?: boolean;
  /**
   * Control Tower rule files to skip (file names without `.guard`, e.g. `ct-s3-pr-1`).
   * @default - none
   */
  readonly disabledRules?: string[];
  /**
   * Folder of HealthData Guard policies.
   * @default - the policies/ folder shipped with this package
   */
  readonly policiesDir?: string;
}

export class HealthDataGuardValidator extends CfnGuardValidator {
  public readonly name = 'HealthDataGuard';
  private readonly dir: string;
  private readonly controlTower: boolean;

  constructor(props: HealthDataGuardValidatorProps = {}) {
    super({ controlTowerRulesEnabled: props.controlTowerRulesEnabled ?? false, disabledRules: props.disabledRules, rules: [] });
    this.dir = props.policiesDir ?? policiesDir();
    this.controlTower = props.controlTowerRulesEnabled ?? false;
  }

  /**
   * Never throws: CDK turns a throwing plugin into a report with no violations, which the `cdk` CLI
   * does not fail on. A Guard failure, and an acknowledgment that does not count, are violations.
   */
  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    try {
      return this.judge(context);
    } catch (e) {
      return checksFailed(this.name, e, context.templatePaths);
    }
  }

  private judge(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const violations: PolicyViolationBeta1[] = [];
    // Nested stacks are separate template files next to their parent's: Guard judges them too.
    const templates = withNestedTemplates(context.templatePaths);
    // Throws GuardError when Guard cannot be trusted to have judged everything (reported by validate).
    const results = runGuard(templates, this.dir);
    const nodes = resourcesByTemplate(context.appConstruct);
    for (const r of results) {
      const resources = templateResources(r.file);
      const found = mergeFindings(r.findings.map((g) => guardFinding(g, resources.get(g.logicalId ?? ''), r.file)));
      for (const f of found) {
        const node = nodes.get(`${path.basename(r.file)}\u0000${f.logicalId}`);
        const entry = CATALOG.find((e) => e.id === f.ruleId);
        let note = '';
        let severity: string = f.severity;
        if (entry) {
          // One acknowledgment means the same to both engines (bare id or either plugin's qualified form, or
          // written in the template): an active one excuses the finding; one that does not count is reported
          // as a fatal violation, which CDK's own acknowledgment matching cannot excuse.
          const ack = acknowledgmentOf(node, f.ruleId) ?? templateAcknowledgments(resources.get(f.logicalId)?.metadata, f.ruleId);
          const verdict = judgeAcknowledgment(entry, ack);
          if (verdict.status === 'active') continue;
          if (verdict.status !== 'none') {
            note = ` The acknowledgment does not count: ${verdict.message}`;
            severity = 'fatal';
          }
        }
        const locations = (f.paths ?? [f.path]).map((p) => p.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '/'));
        // The pack, registered first, reported the same rule on the same resource: one violation, both engines.
        const same = packViolation(context.appConstruct, f.ruleId, node?.node.path);
        if (same) {
          same.description += ` The Guard policies agree (${locations.join(', ')}).`;
          continue;
        }
        violations.push({
          ruleName: f.ruleId,
          description: `${entry ? describeFindings(entry, [f]) : f.message}${note}`,
          fix: entry?.fix,
          severity,
          violatingResources: [{ resourceLogicalId: f.logicalId, templatePath: r.file, locations }],
        });
      }
    }
    if (this.controlTower) {
      const ct = super.validate(context);
      violations.push(...ct.violations);
    }
    return { success: violations.length === 0, violations };
  }
}

/** `Validations.of(app).addPlugins(healthDataGuardValidator())`: the HealthData Guard policies at synth. */
export function healthDataGuardValidator(props?: HealthDataGuardValidatorProps): HealthDataGuardValidator {
  return new HealthDataGuardValidator(props);
}

/** (template file name, logical id) -> the CfnResource that renders it. */
function resourcesByTemplate(root: IConstruct | undefined): Map<string, IConstruct> {
  const m = new Map<string, IConstruct>();
  for (const c of root?.node.findAll() ?? []) {
    if (!CfnResource.isCfnResource(c)) continue;
    const stack = Stack.of(c);
    m.set(`${stack.templateFile}\u0000${stack.resolve(c.logicalId)}`, c);
  }
  return m;
}

/** Logical id -> the resource's type, construct path and Metadata, read from a template file. */
function templateResources(file: string): Map<string, { type: string; constructPath?: string; metadata?: unknown }> {
  const m = new Map<string, { type: string; constructPath?: string; metadata?: unknown }>();
  try {
    const body = JSON.parse(fs.readFileSync(file, 'utf8')) as { Resources?: Record<string, { Type?: unknown; Metadata?: Record<string, unknown> }> };
    for (const [id, r] of Object.entries(body?.Resources ?? {})) {
      const cdkPath = r?.Metadata?.['aws:cdk:path'];
      m.set(id, { type: String(r?.Type ?? ''), ...(typeof cdkPath === 'string' ? { constructPath: cdkPath } : {}), metadata: r?.Metadata });
    }
  } catch {
    // Guard already judged the file; without it, findings name no type and no template acknowledgment applies.
  }
  return m;
}
