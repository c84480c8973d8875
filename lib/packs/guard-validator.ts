/**
 * The Guard policies in policies/ as a CDK policy-validation plugin. It extends
 * the bundled CfnGuardValidator (Control Tower rules off unless asked for) but
 * runs our policies itself, so a policy that does not parse, a missing binary or
 * a cfn-guard crash fails synth instead of passing with zero violations.
 */
import type { IPolicyValidationContextBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1 } from 'aws-cdk-lib';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import * as path from 'path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { CATALOG } from '../catalog';
import { policiesDir, runGuard } from '../guard/guard';
import { acknowledgmentOf, judgeAcknowledgment } from './acknowledgments';

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

  public validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const violations: PolicyViolationBeta1[] = [];
    // Throws GuardError (and so fails synth) when Guard cannot be trusted to have judged everything.
    const results = runGuard(context.templatePaths, this.dir);
    const byRule = new Map<string, PolicyViolationBeta1>();
    const nodes = resourcesByTemplate(context.appConstruct);
    const refused: string[] = [];
    for (const r of results) {
      for (const f of r.findings) {
        // One acknowledgment means the same to both engines (bare id or either plugin's qualified form):
        // an active one excuses the finding, an expired one does not, a never-acknowledgeable rule fails synth.
        const node = nodes.get(`${path.basename(r.file)}\u0000${f.logicalId ?? ''}`);
        const entry = CATALOG.find((e) => e.id === f.ruleId);
        if (entry) {
          const verdict = judgeAcknowledgment(entry, acknowledgmentOf(node, f.ruleId));
          if (verdict.status === 'active') continue;
          if (verdict.status === 'refused') {
            refused.push(`${node?.node.path ?? f.logicalId}: ${verdict.message}`);
            continue;
          }
        }
        let v = byRule.get(f.ruleId);
        if (!v) {
          v = { ruleName: f.ruleId, description: entry ? `${entry.title} ${entry.rationale}` : f.message, fix: entry?.fix, severity: entry?.severity ?? 'error', violatingResources: [] };
          byRule.set(f.ruleId, v);
          violations.push(v);
        }
        (v.violatingResources as unknown[]).push({
          resourceLogicalId: f.logicalId ?? '',
          templatePath: r.file,
          locations: [f.path ? `Properties/${f.path.replace(/^Properties\.?/, '').replace(/\./g, '/')}`.replace(/\/$/, '') : 'Properties'],
        });
      }
    }
    if (refused.length) throw new Error([...new Set(refused)].join('\n'));
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
