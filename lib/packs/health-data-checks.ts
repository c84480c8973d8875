/**
 * The HealthData cdk-nag pack. It judges what CloudFormation will receive: the
 * rendered template of each stack (property overrides, raw CfnResources and
 * included templates alike), with the rest of the template at hand for
 * cross-resource facts. The rules themselves are the catalog's; this file only
 * connects them to cdk-nag.
 */
import * as fs from 'fs';
import { Aspects, CfnResource, Stack, type IPolicyValidationContext, type PolicyValidationPluginReport } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagRuleCompliance, type NagPackProps } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { CATALOG, type CatalogEntry } from '../catalog';
import { entriesFor, evaluateRule, type Finding } from '../rules/evaluate';
import { Template } from '../template/template';
import { acknowledgmentOf, judgeAcknowledgment, WriteAcknowledgmentsAspect } from './acknowledgments';

export interface HealthDataChecksProps extends NagPackProps {}

export class HealthDataChecks extends NagPack {
  public readonly name = 'HealthData';
  public readonly ruleIds = CATALOG.map((e) => e.id);
  private templates = new Map<Stack, Template>();
  private findings = new Map<string, Finding[]>();
  private templateFiles = new Map<string, string>();
  /** Findings whose acknowledgment lapsed: reported although cdk-nag would count them as acknowledged. */
  private lapsed: Array<{ node: CfnResource; found: Finding[]; message: string }> = [];
  /** Acknowledgments of rules that can never be acknowledged: synth fails with these. */
  private refused: string[] = [];

  constructor(scope?: IConstruct, props?: HealthDataChecksProps) {
    super(scope, props);
    this.packName = 'HealthData';
    // Record acknowledgments in the template, so the scanner judges cdk.out as synth did.
    if (scope) Aspects.of(scope).add(new WriteAcknowledgmentsAspect());
  }

  /** Called by CDK at synth: judge the templates exactly as they were written to the cloud assembly. */
  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const fromDisk = new Map<string, string>();
    for (const s of context.stackTemplates ?? []) fromDisk.set(s.stackConstructPath, s.templatePath);
    return this.run(context.appConstruct, fromDisk);
  }

  /** Judge a construct tree directly (tests, or CDK versions without `appConstruct`). */
  public validateScope(scope: IConstruct): PolicyValidationPluginReport {
    return this.run(scope, new Map());
  }

  private run(scope: IConstruct, fromDisk: Map<string, string>): PolicyValidationPluginReport {
    this.templates = new Map();
    this.findings = new Map();
    this.lapsed = [];
    this.refused = [];
    this.templateFiles = fromDisk;
    const report = super.validateScope(scope);
    // cdk-nag groups resources under one description per rule; report each (rule, resource) on its own,
    // so every message names its resource, the property paths, the values found, why and the fix.
    // Acknowledged findings (every accepted form) never reach applyRule; see checkResource.
    const violations = report.violations.flatMap((v) => v.violatingResources.map((r) => {
      const found = this.findings.get(`${r.constructPath}\u0000${v.ruleName}`) ?? [];
      const entry = CATALOG.find((e) => e.id === v.ruleName);
      return {
        ...v,
        ...(entry && found.length ? { description: describeFindings(entry, found), fix: entry.fix } : {}),
        violatingResources: [{ ...r, locations: found.length ? locationsOf(found) : r.locations }],
      };
    }));
    if (this.refused.length) throw new Error(this.refused.join('\n'));
    for (const l of this.lapsed) {
      const entry = CATALOG.find((e) => e.id === l.found[0].ruleId)!;
      violations.push({
        ruleName: entry.id,
        description: `${describeFindings(entry, l.found)} Note: ${l.message}`,
        fix: entry.fix,
        severity: entry.severity,
        violatingResources: [{ constructPath: l.node.node.path, locations: locationsOf(l.found) }],
      });
    }
    return { ...report, success: violations.length === 0, violations };
  }

  protected checkResource(node: CfnResource): void {
    const stack = Stack.of(node);
    const template = this.templateOf(stack);
    const logicalId = stack.resolve(node.logicalId) as string;
    const resource = template.resource(logicalId);
    if (!resource) return;
    for (const entry of entriesFor(resource.type)) {
      const found = evaluateRule(entry, resource);
      if (found.length) {
        const verdict = judgeAcknowledgment(entry, acknowledgmentOf(node, entry.id));
        if (verdict.status === 'refused') {
          this.refused.push(`${node.node.path}: ${verdict.message}`);
          continue;
        }
        if (verdict.status === 'expired') {
          this.lapsed.push({ node, found, message: verdict.message });
          continue;
        }
        if (verdict.status === 'active') continue;
        this.findings.set(`${node.node.path}\u0000${entry.id}`, found);
      }
      this.applyRule({
        ruleSuffixOverride: entry.name,
        info: entry.title,
        explanation: `${entry.rationale} Fix: ${entry.fix}`,
        level: entry.severity === 'error' ? NagMessageLevel.ERROR : NagMessageLevel.WARN,
        node,
        rule: () => (found.length ? NagRuleCompliance.NON_COMPLIANT : NagRuleCompliance.COMPLIANT),
      });
    }
  }

  private templateOf(stack: Stack): Template {
    let t = this.templates.get(stack);
    if (!t) {
      const file = this.templateFiles.get(stack.node.path);
      const body = file && fs.existsSync(file)
        ? JSON.parse(fs.readFileSync(file, 'utf8'))
        : (stack as unknown as { _toCloudFormation(): unknown })._toCloudFormation();
      t = Template.fromObject({ Resources: {}, ...(body as object) }, stack.node.path);
      this.templates.set(stack, t);
    }
    return t;
  }
}

/** One resource's findings of one rule: what is wrong where, with the values found, and why it matters. */
function describeFindings(entry: CatalogEntry, found: readonly Finding[]): string {
  return `[${entry.id}] ${found[0].resourceType} '${found[0].logicalId}': ${found.map((x) => x.detail).join('; ')}. ${entry.rationale}`;
}

/** Property paths in CDK's report form (`Properties/A/B`). */
function locationsOf(found: readonly Finding[]): string[] {
  return [...new Set(found.map((x) => x.path.replace(/\./g, '/')))];
}
