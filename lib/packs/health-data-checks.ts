/**
 * The HealthData cdk-nag pack. It judges what CloudFormation will receive: the
 * rendered template of each stack (property overrides, raw CfnResources and
 * included templates alike), with the rest of the template at hand for
 * cross-resource facts. The rules themselves are the catalog's; this file only
 * connects them to cdk-nag.
 */
import * as fs from 'fs';
import { Aspects, CfnResource, Stack, type IPolicyValidationContext, type PolicyValidationPluginReport, type PolicyViolation } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagRuleCompliance, type NagPackProps } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { CATALOG } from '../catalog';
import { describeFindings, entriesFor, evaluateRule, type Finding } from '../engine/evaluate';
import { TemplateModel } from '../template/template';
import { checksFailed, GATE_VIOLATIONS } from './checks-failed';
import { recordPackViolations } from './synth-findings';
import {
  acknowledgmentOf, acknowledgmentProblems, entryOf, judgeAcknowledgment, type PlacedAcknowledgment, templateAcknowledgedIds, templateAcknowledgments, WriteAcknowledgmentsAspect,
} from './acknowledgments';

export interface HealthDataChecksProps extends NagPackProps {}

export class HealthDataChecks extends NagPack {
  public readonly name = 'HealthData';
  public readonly ruleIds = CATALOG.map((e) => e.id);
  private templates = new Map<Stack, TemplateModel>();
  private findings = new Map<string, Finding[]>();
  private templateFiles = new Map<string, string>();
  /** Findings whose acknowledgment does not count (refused, expired, no reason): reported with the reason. */
  private overruled: Array<{ node: CfnResource; found: Finding[]; message: string }> = [];
  /** `${construct path}\u0000${rule id}` of every finding an acknowledgment applied to, whatever its verdict. */
  private acknowledged = new Set<string>();
  /** Acknowledgments in template metadata whose id is not a catalog rule. */
  private unknownInTemplate: PlacedAcknowledgment[] = [];

  constructor(scope?: IConstruct, props?: HealthDataChecksProps) {
    super(scope, props);
    this.packName = 'HealthData';
    // Record acknowledgments in the template, so the scanner judges cdk.out as synth did.
    if (scope) Aspects.of(scope).add(new WriteAcknowledgmentsAspect());
  }

  /**
   * Called by CDK at synth: judge the templates exactly as they were written to the cloud assembly.
   * Never throws: CDK turns a throwing plugin into a report with no violations, which the `cdk` CLI
   * does not fail on. Anything that stops the checks is reported as a violation instead.
   */
  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    try {
      const fromDisk = new Map<string, string>();
      for (const s of context.stackTemplates ?? []) fromDisk.set(s.stackConstructPath, s.templatePath);
      return this.run(context.appConstruct, fromDisk);
    } catch (e) {
      return checksFailed(this.packName, e, (context.stackTemplates ?? []).map((s) => s.templatePath));
    }
  }

  /** Judge a construct tree directly (tests, or CDK versions without `appConstruct`). */
  public validateScope(scope: IConstruct): PolicyValidationPluginReport {
    return this.run(scope, new Map());
  }

  private run(scope: IConstruct, fromDisk: Map<string, string>): PolicyValidationPluginReport {
    this.templates = new Map();
    this.findings = new Map();
    this.overruled = [];
    this.acknowledged = new Set();
    this.unknownInTemplate = [];
    this.templateFiles = fromDisk;
    const report = super.validateScope(scope);
    // cdk-nag groups resources under one description per rule; report each (rule, resource) on its own,
    // so every message names its resource, the property paths, the values found, why and the fix.
    // Acknowledged findings (every accepted form) never reach applyRule; see checkResource.
    const violations: PolicyViolation[] = report.violations.flatMap((v) => v.violatingResources.map((r) => {
      const found = this.findings.get(`${r.constructPath}\u0000${v.ruleName}`) ?? [];
      const entry = CATALOG.find((e) => e.id === v.ruleName);
      return {
        ...v,
        ...(entry && found.length ? { description: describeFindings(entry, found), fix: entry.fix } : {}),
        violatingResources: [{ ...r, locations: found.length ? locationsOf(found) : r.locations }],
      };
    }));
    // An acknowledgment that does not count (refused, expired, no reason) leaves its finding open. Severity
    // 'fatal': CDK's own acknowledgment matching must not excuse what this pack has just refused.
    for (const o of this.overruled) {
      const entry = CATALOG.find((e) => e.id === o.found[0].ruleId)!;
      violations.push({
        ruleName: entry.id,
        description: `${describeFindings(entry, o.found)} The acknowledgment does not count: ${o.message}`,
        fix: entry.fix,
        severity: 'fatal',
        violatingResources: [{ constructPath: o.node.node.path, locations: locationsOf(o.found) }],
      });
    }
    const problems = acknowledgmentProblems(scope, this.acknowledged);
    // Unknown ids written in a template's own metadata (a CfnInclude'd template), unless a construct above already says so.
    for (const placed of this.unknownInTemplate) {
      if (problems.some((p) => p.placed.id === placed.id && (placed.path === p.placed.path || placed.path.startsWith(`${p.placed.path}/`)))) continue;
      problems.push({ placed, severity: 'error', message: `${placed.path}: the template metadata acknowledges '${placed.id}', which names no HealthData rule, so it acknowledges nothing. Use an id from RULES.md, or remove it.` });
    }
    for (const p of problems) {
      violations.push({
        ruleName: p.severity === 'error' ? GATE_VIOLATIONS.unknownRule : GATE_VIOLATIONS.unused,
        description: p.message,
        fix: p.severity === 'error' ? 'Acknowledge a rule id listed in RULES.md, or remove the acknowledgment.' : 'Remove the acknowledgment, or correct its id.',
        severity: p.severity === 'error' ? 'fatal' : 'warning',
        violatingResources: [{ constructPath: p.placed.path, locations: [] }],
      });
    }
    recordPackViolations(scope, violations);
    return { ...report, success: violations.every((v) => v.ruleName === GATE_VIOLATIONS.unused), violations };
  }

  protected checkResource(node: CfnResource): void {
    const stack = Stack.of(node);
    const template = this.templateOf(stack);
    const logicalId = stack.resolve(node.logicalId) as string;
    const resource = template.resource(logicalId);
    if (!resource) return;
    for (const id of templateAcknowledgedIds(resource.raw.Metadata)) {
      if (!entryOf(id)) this.unknownInTemplate.push({ path: node.node.path, id });
    }
    for (const entry of entriesFor(resource.type)) {
      const found = evaluateRule(entry, resource);
      if (found.length) {
        // The construct's acknowledgment, else one written in the template itself (a CfnInclude'd
        // template, or metadata added by hand): judged exactly as the scanner judges it.
        const ack = acknowledgmentOf(node, entry.id) ?? templateAcknowledgments(resource.raw.Metadata, entry.id);
        const verdict = judgeAcknowledgment(entry, ack);
        if (verdict.status !== 'none') this.acknowledged.add(`${node.node.path}\u0000${entry.id}`);
        if (verdict.status === 'refused' || verdict.status === 'expired') {
          this.overruled.push({ node, found, message: verdict.message });
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

  private templateOf(stack: Stack): TemplateModel {
    let t = this.templates.get(stack);
    if (!t) {
      const file = this.templateFiles.get(stack.node.path);
      const body = file && fs.existsSync(file)
        ? JSON.parse(fs.readFileSync(file, 'utf8'))
        : (stack as unknown as { _toCloudFormation(): unknown })._toCloudFormation();
      t = TemplateModel.fromObject({ Resources: {}, ...(body as object) }, stack.node.path);
      this.templates.set(stack, t);
    }
    return t;
  }
}

/** Property paths in CDK's report form (`Properties/A/B`). */
function locationsOf(found: readonly Finding[]): string[] {
  return [...new Set(found.map((x) => x.path.replace(/\./g, '/')))];
}

