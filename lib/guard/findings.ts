/**
 * Findings of both engines in one shape, and one finding per fact: what the scanner and the
 * Guard validator report. Free of CDK, like the rest of the engine.
 */
import { CATALOG } from '../catalog';
import { describeFindings, type Finding } from '../engine/evaluate';
import { guardProblem, type GuardFinding } from './guard';

/**
 * A Guard finding as a Finding: the catalog's category, severity and fix, the policy's violation
 * message (never its passing condition), the path in the rules engine's notation, and, when Guard
 * named no resource, the template and why.
 */
export function guardFinding(g: GuardFinding, resource: { readonly type: string; readonly constructPath?: string } | undefined, file: string): Finding {
  const entry = CATALOG.find((e) => e.id === g.ruleId);
  const problem = guardProblem(g.message);
  // Guard's path in the rules engine's notation (`Ingress[0].CidrIp`), so both engines' paths merge.
  const at = (g.path ?? 'Properties').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const detail = g.logicalId
    ? `${at}: ${problem}`
    : `the Guard policy failed on ${file} without naming a resource (${problem}); it judges resources together, so check every resource of its types`;
  const found: Finding = {
    ruleId: g.ruleId,
    category: entry?.category ?? 'P',
    severity: entry?.severity ?? 'error',
    logicalId: g.logicalId ?? '',
    resourceType: resource?.type ?? '',
    path: at,
    detail,
    message: '',
    fix: entry?.fix ?? '',
    ...(resource?.constructPath ? { constructPath: resource.constructPath } : {}),
    engine: 'guard',
  };
  return { ...found, message: entry ? `${describeFindings(entry, [found])} Fix: ${entry.fix}` : `[${g.ruleId}] ${detail}` };
}

/**
 * One finding per fact: the findings of one rule on one resource, from any engine and at any
 * property path, become one finding listing every path and the engines that agree. Its message
 * is the rules engine's (the values it found at each path) where that engine found it.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.logicalId}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const engines = (['rules', 'guard'] as const).filter((e) => group.some((f) => (f.engine ?? 'rules') === e));
    // Every path involved, without one that only leads to another (Properties, then Properties.Encrypted).
    const all = [...new Set(group.map((f) => f.path))];
    const paths = all.filter((p) => !all.some((q) => q !== p && (q.startsWith(`${p}.`) || q.startsWith(`${p}[`))));
    const lead = group.filter((f) => (f.engine ?? 'rules') === engines[0]);
    const entry = CATALOG.find((e) => e.id === group[0].ruleId);
    const detail = engines[0] === 'rules' ? [...new Set(lead.map((f) => f.detail))].join('; ') : guardDetail(lead);
    return {
      ...lead[0],
      path: lead[0].path,
      detail,
      message: entry && group.length > 1 ? `${describeFindings(entry, [{ ...lead[0], detail }])} Fix: ${entry.fix}` : lead[0].message,
      engine: engines[0],
      engines,
      paths,
    };
  });
}

/** Guard's findings of one rule on one resource: each requirement once, with the paths it failed at. */
function guardDetail(found: readonly Finding[]): string {
  const byProblem = new Map<string, string[]>();
  for (const f of found) {
    const problem = f.detail.startsWith(`${f.path}: `) ? f.detail.slice(f.path.length + 2) : f.detail;
    byProblem.set(problem, [...(byProblem.get(problem) ?? []), f.path]);
  }
  return [...byProblem].map(([problem, paths]) => (found[0].logicalId ? `${paths.join(', ')}: ${problem}` : problem)).join('; ');
}

