/**
 * The engine: run every catalog rule on every resource of its types, once per
 * resource, and turn what the rules found into findings a person can act on.
 */
import { CATALOG, judgesType, ruleFor } from '../catalog';
import type { CatalogEntry, Category, Severity } from '../catalog/types';
import type { TemplateResource, TemplateModel } from '../template/template';
import type { RuleFinding } from '../rules/rule';

export interface Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly logicalId: string;
  readonly resourceType: string;
  /** Property path from the resource, e.g. `Properties.PublicAccessBlockConfiguration`. */
  readonly path: string;
  /** What is wrong at `path`, with the value found and the `Fn::If` branches (no rule id, resource, why or fix). */
  readonly detail: string;
  /** The whole story: rule id, resource, path, value found, why it matters and the fix. */
  readonly message: string;
  readonly fix: string;
  /** CDK construct path, when the template carries `aws:cdk:path` metadata. */
  readonly constructPath?: string;
  /** Which engine found it: the TypeScript rules or the Guard policies (the first of `engines`). */
  readonly engine?: 'rules' | 'guard';
  /** Every engine that found it, when findings of one rule on one resource were merged. */
  readonly engines?: ReadonlyArray<'rules' | 'guard'>;
  /** Every property path involved, when findings of one rule on one resource were merged (`path` is the first). */
  readonly paths?: readonly string[];
  /**
   * The acknowledgment recorded for this finding, if any. Only `active` ones excuse it;
   * an `expired` or `refused` one is reported with the finding and does not.
   */
  readonly acknowledgment?: FindingAcknowledgment;
  /** Line and column (1-based) of the property, or of the resource, in the template file. */
  readonly location?: { readonly line: number; readonly column: number };
}

export interface FindingAcknowledgment {
  readonly status: 'active' | 'expired' | 'refused';
  readonly reason: string;
  readonly ticket?: string;
  readonly expires?: string;
  /** Why an expired or refused acknowledgment does not count. */
  readonly message?: string;
}

/** Whether `engine` found this finding (alone, or among the engines that agree on it). */
export function foundBy(f: Finding, engine: 'rules' | 'guard'): boolean {
  return (f.engines ?? [f.engine ?? 'rules']).includes(engine);
}

/** The whole story of one rule on one resource: what is wrong at each path, with the values found, and why it matters. */
export function describeFindings(entry: CatalogEntry, found: readonly Finding[]): string {
  const where = found[0].logicalId ? `${found[0].resourceType} '${found[0].logicalId}'` : 'the template as a whole';
  return `[${entry.id}] ${where}: ${[...new Set(found.map((x) => x.detail))].join('; ')}. ${entry.rationale}`;
}

/** Whether a finding still fails the gate (no acknowledgment, or one that does not count). */
export function isOpen(f: Finding): boolean {
  return f.acknowledgment?.status !== 'active';
}

const byType = new Map<string, CatalogEntry[]>();
for (const e of CATALOG) {
  for (const t of e.resourceTypes) byType.set(t, [...(byType.get(t) ?? []), e]);
}

const wildcard = CATALOG.filter((e) => e.resourceTypes.some((t) => t.endsWith('::*')));

/** Catalog entries that judge a resource type. */
export function entriesFor(resourceType: string): readonly CatalogEntry[] {
  const exact = byType.get(resourceType) ?? [];
  const wild = wildcard.filter((e) => !exact.includes(e) && judgesType(e, resourceType));
  return wild.length ? [...exact, ...wild] : exact;
}

/** Judge one resource with one rule. A rule that throws is a finding of that rule: never a silent pass. */
export function evaluateRule(entry: CatalogEntry, resource: TemplateResource): Finding[] {
  let found: RuleFinding[];
  try {
    found = ruleFor(entry)(resource);
  } catch (e) {
    found = [{ path: 'Properties', problem: `could not be evaluated, so compliance is not proven (${(e as Error).message})` }];
  }
  return found.map((f) => toFinding(entry, resource, f));
}

/** Judge one resource with every rule of its type. */
export function evaluateResource(resource: TemplateResource): Finding[] {
  return entriesFor(resource.type).flatMap((e) => evaluateRule(e, resource));
}

/** Judge every resource of a template. */
export function evaluateTemplate(template: TemplateModel): Finding[] {
  return [...template.resources.values()].flatMap((r) => evaluateResource(r));
}

function toFinding(entry: CatalogEntry, resource: TemplateResource, f: RuleFinding): Finding {
  const found = f.found !== undefined ? ` (found: ${f.found})` : '';
  const when = f.branches && f.branches.length ? ` when ${f.branches.join(' and ')}` : '';
  const detail = `${f.path} ${f.problem}${found}${when}`;
  return {
    ruleId: entry.id,
    category: entry.category,
    severity: entry.severity,
    logicalId: resource.logicalId,
    resourceType: resource.type,
    path: f.path,
    detail,
    message: `[${entry.id}] ${resource.type} '${resource.logicalId}': ${detail}. ${entry.rationale} Fix: ${entry.fix}`,
    fix: entry.fix,
    ...(resource.constructPath ? { constructPath: resource.constructPath } : {}),
  };
}
