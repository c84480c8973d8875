/**
 * Running the Guard policies in policies/ with the cfn-guard binary bundled in
 * @cdklabs/cdk-validator-cfnguard. Every way Guard can fail quietly is turned into
 * an error: a missing binary, a policy that does not parse (cfn-guard then skips
 * the policy and reports success), a crash, or a rule that did not run.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export class GuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuardError';
  }
}

/** The package root (holds package.json and policies/), from source or from dist/. */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'policies'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new GuardError('cannot find the cdk-health-data package root (policies/ folder)');
    dir = up;
  }
  return dir;
}

/** The folder of the HealthData Guard policies. */
export function policiesDir(): string {
  return path.join(packageRoot(), 'policies');
}

/** Path of the bundled cfn-guard binary for this platform. */
export function guardBinary(): string {
  const platform = os.platform() === 'linux' ? 'ubuntu' : os.platform() === 'darwin' ? 'macos' : undefined;
  const arch = os.arch() === 'x64' ? 'x86_64' : os.arch() === 'arm64' ? 'aarch64' : undefined;
  if (!platform || !arch) throw new GuardError(`cfn-guard is not bundled for ${os.platform()}/${os.arch()}`);
  let pkg: string;
  try {
    pkg = path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json'));
  } catch {
    throw new GuardError('@cdklabs/cdk-validator-cfnguard is not installed, so cfn-guard is missing');
  }
  const bin = path.join(pkg, 'bin', platform, arch, 'cfn-guard');
  if (!fs.existsSync(bin)) throw new GuardError(`cfn-guard binary not found at ${bin}`);
  return bin;
}

/** Every .guard file under a folder (tests excluded), sorted. */
export function policyFiles(dir: string = policiesDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.guard')) out.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** The rule names a policy file defines at top level that are entry rules (`HealthData_...`). */
export function entryRuleNames(files: readonly string[]): string[] {
  const names = new Set<string>();
  for (const f of files) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/^rule\s+(HealthData_[A-Za-z0-9]+)\b/gm)) names.add(m[1]);
  }
  return [...names].sort();
}

/** `HealthData_S3BucketPublicAccessBlocked` <-> `HealthData-S3BucketPublicAccessBlocked`. */
export const guardRuleName = (ruleId: string) => ruleId.replace(/^HealthData-/, 'HealthData_');
export const ruleIdOf = (guardName: string) => guardName.replace(/^HealthData_/, 'HealthData-');

export interface GuardFinding {
  readonly ruleId: string;
  /** The resource the failed check is about, when Guard's output names one. */
  readonly logicalId?: string;
  /** Property path, e.g. `Properties.PublicAccessBlockConfiguration.BlockPublicAcls`. */
  readonly path?: string;
  readonly message: string;
}

export interface GuardFileResult {
  readonly file: string;
  readonly findings: GuardFinding[];
}

interface GuardOutput {
  name: string;
  status: string;
  not_compliant?: Array<{ Rule?: { name: string; checks?: unknown[] } }>;
  not_applicable?: string[];
  compliant?: string[];
}

/** Time and memory allowed to one cfn-guard run: CDK_HEALTH_DATA_GUARD_TIMEOUT (s), CDK_HEALTH_DATA_GUARD_MEMORY_MB. */
export function guardLimits(): { seconds: number; megabytes: number } {
  const num = (v: string | undefined, d: number) => (Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return { seconds: num(process.env.CDK_HEALTH_DATA_GUARD_TIMEOUT, 300), megabytes: num(process.env.CDK_HEALTH_DATA_GUARD_MEMORY_MB, 4096) };
}

/**
 * Validate templates (files on disk) against the policies in one cfn-guard process.
 * Throws GuardError when Guard cannot be trusted to have judged every template with every policy.
 */
export function runGuard(templateFiles: readonly string[], dir: string = policiesDir()): GuardFileResult[] {
  if (templateFiles.length === 0) return [];
  const all = policyFiles(dir);
  if (all.length === 0) throw new GuardError(`no Guard policies found in ${dir}`);
  // Guard pays for every (policy x resource) pair: run only the policies whose resource types occur.
  const files = relevantPolicies(all, dir, templateFiles);
  if (files.length === 0) return templateFiles.map((file) => ({ file, findings: [] }));
  const expected = entryRuleNames(files);
  const bin = guardBinary();
  const args = ['validate', ...files.flatMap((f) => ['--rules', f]), ...templateFiles.flatMap((t) => ['--data', t]), '--output-format', 'json', '--show-summary', 'none', '--structured'];
  const { seconds, megabytes } = guardLimits();
  // Bounded work: cfn-guard's time grows about quadratically with the resources, and an Fn::If tree can
  // take gigabytes. Past either limit the run is killed and reported, never taken as a pass.
  const limited = process.platform === 'linux' || process.platform === 'darwin';
  const r = limited
    ? spawnSync('/bin/sh', ['-c', `ulimit -v ${megabytes * 1024} 2>/dev/null; exec "$0" "$@"`, bin, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, timeout: seconds * 1000, killSignal: 'SIGKILL' })
    : spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, timeout: seconds * 1000, killSignal: 'SIGKILL' });
  const judging = `${files.length} polic${files.length === 1 ? 'y' : 'ies'} on ${templateFiles.map((t) => path.basename(t)).join(', ')}`;
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || (r.signal === 'SIGKILL' && !r.error)) {
    throw new GuardError(`cfn-guard did not finish within ${seconds} s judging ${judging} (CDK_HEALTH_DATA_GUARD_TIMEOUT raises the limit); nothing is proven`);
  }
  if (r.error) throw new GuardError(`cfn-guard could not be run: ${r.error.message}`);
  if (r.signal || /memory allocation|out of memory|Cannot allocate/i.test(r.stderr)) {
    throw new GuardError(`cfn-guard stopped (${r.signal ?? 'out of memory'}) judging ${judging}: it may have reached the memory limit of ${megabytes} MB (CDK_HEALTH_DATA_GUARD_MEMORY_MB raises it); nothing is proven`);
  }
  if (r.status !== 0 && r.status !== 19) {
    throw new GuardError(`cfn-guard failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  }
  if (/error/i.test(r.stderr)) throw new GuardError(`cfn-guard reported an error: ${r.stderr.trim().slice(0, 2000)}`);
  let out: GuardOutput[];
  try {
    out = JSON.parse(r.stdout);
  } catch (e) {
    throw new GuardError(`cfn-guard output is not JSON: ${(e as Error).message}`);
  }
  const byName = new Map(out.map((o) => [path.resolve(o.name), o]));
  return templateFiles.map((file) => {
    const o = byName.get(path.resolve(file));
    if (!o) throw new GuardError(`cfn-guard returned no result for ${file}`);
    const failed = (o.not_compliant ?? []).map((n) => n.Rule).filter((x): x is { name: string; checks?: unknown[] } => !!x);
    const seen = new Set([...failed.map((f) => f.name), ...(o.not_applicable ?? []), ...(o.compliant ?? [])]);
    const missing = expected.filter((n) => !seen.has(n));
    if (missing.length) throw new GuardError(`cfn-guard did not evaluate ${missing.join(', ')} on ${file}: a policy did not run`);
    const findings: GuardFinding[] = [];
    for (const rule of failed.filter((f) => f.name.startsWith('HealthData_'))) {
      const ruleId = ruleIdOf(rule.name);
      const located = new Map<string, GuardFinding>();
      collectFailures(rule.checks ?? [], (logicalId, p, message) => {
        const key = `${logicalId ?? ''}\u0000${p ?? ''}`;
        if (!located.has(key)) located.set(key, { ruleId, logicalId, path: p, message });
      });
      if (located.size === 0) located.set('', { ruleId, message: `[${ruleId}] failed` });
      findings.push(...located.values());
    }
    return { file, findings };
  });
}

/**
 * The policies that can apply to the templates: those of catalog rules judging a resource type
 * present in any of them. A policy that is not a catalog rule's twin always runs. A template that
 * cannot be read here is left to cfn-guard, which reports it; then every policy runs.
 */
function relevantPolicies(files: readonly string[], dir: string, templateFiles: readonly string[]): string[] {
  const types = new Set<string>();
  for (const t of templateFiles) {
    try {
      const body = JSON.parse(fs.readFileSync(t, 'utf8')) as { Resources?: Record<string, { Type?: unknown }> };
      for (const r of Object.values(body.Resources ?? {})) if (typeof r?.Type === 'string') types.add(r.Type);
    } catch {
      return [...files];
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CATALOG, judgesType } = require('../catalog') as typeof import('../catalog');
  return files.filter((f) => {
    const rel = path.relative(dir, f).split(path.sep);
    const entry = rel.length === 2 ? CATALOG.find((e) => e.service === rel[0] && `${e.name}.guard` === rel[1]) : undefined;
    return !entry || [...types].some((t) => judgesType(entry, t));
  });
}

/** Walk Guard's structured check output and report each failing clause with the resource it points at. */
function collectFailures(checks: unknown[], report: (logicalId: string | undefined, p: string | undefined, message: string) => void): void {
  const visit = (node: unknown, message: string | undefined, clause: string) => {
    if (Array.isArray(node)) {
      node.forEach((n) => visit(n, message, clause));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const context = typeof o.context === 'string' ? o.context.trim() : clause;
    // `<check> or %id not exists`, with %id a logical id bound by a keyed filter: the policy names
    // the resource the failure is about, so the resources the check itself reached are not reported.
    const either = (o.Disjunctions as { checks?: unknown[] } | undefined)?.checks;
    const named = either?.map(boundIdOf).find((id) => id !== undefined);
    if (named !== undefined) {
      const msgs = (either!.map((c) => (c as { Clause?: { Unary?: { messages?: { custom_message?: string | null } } } }).Clause?.Unary?.messages?.custom_message?.trim()).find(Boolean)) || message;
      report(named, undefined, msgs ?? '');
      return;
    }
    const msgs = o.messages as { custom_message?: string | null; error_message?: string | null } | undefined;
    const msg = (msgs?.custom_message && msgs.custom_message.trim()) || message;
    const paths: string[] = [];
    // Binary checks name their left-hand side in `from` (or `traversed_to`); a unary check
    // (`exists`, `empty`, `is_list`) names the value it judged in `value`: kept when it is a property
    // or an `exists` check, not a whole resource judged `empty` (`%all empty or %all { ... }` would
    // name every resource of the selection).
    const judged = Array.isArray(o.comparison) && !('from' in o) ? (o.value as { path?: unknown } | undefined) : undefined;
    const unary = typeof judged?.path === 'string' && ((o.comparison as unknown[])[0] === 'Exists' || /^\/Resources\/[^/]+\/./.test(judged.path));
    for (const key of unary ? ['value'] : ['from', 'traversed_to']) {
      const v = o[key] as { path?: string; value?: unknown } | undefined;
      if (!v || typeof v.path !== 'string') continue;
      // A logical id bound by a keyed filter (`Resources[ id | ... ]`) is a value at /Resources itself
      // when a written clause judges it; the comparisons a `keys == ...` filter makes have no context.
      if (v.path === '/Resources' && typeof v.value === 'string') {
        if (context) paths.push(`/Resources/${v.value}`);
      } else paths.push(v.path);
    }
    for (const p of paths) {
      const m = /^\/Resources\/([^/]+)(?:\/(.*))?$/.exec(p);
      if (m) report(m[1], m[2] ? m[2].replace(/\//g, '.') : undefined, [msg, msgs?.error_message].filter(Boolean).join(' '));
    }
    for (const v of Object.values(o)) if (v && typeof v === 'object') visit(v, msg, context);
  };
  visit(checks, undefined, '');
}

/** The logical id a `%id not exists` clause judged, for %id bound by a keyed filter (`Resources[ id | ... ]`). */
function boundIdOf(check: unknown): string | undefined {
  const unary = (check as { Clause?: { Unary?: { context?: string; check?: { Resolved?: { value?: { path?: string; value?: unknown }; comparison?: unknown[] } } } } })?.Clause?.Unary;
  const resolved = unary?.check?.Resolved;
  if (!unary?.context?.trim() || resolved?.comparison?.[0] !== 'Exists') return undefined;
  return resolved.value?.path === '/Resources' && typeof resolved.value.value === 'string' ? resolved.value.value : undefined;
}

/**
 * What a Guard finding says is wrong, as one sentence for a report: the policy's requirement
 * (its custom message without the `[ID]` and `[FIX]` markers: the catalog supplies the id and
 * the fix) and, where Guard gave one, what it found (its error message, the traversed value cut
 * short). Never the passing condition on its own.
 */
export function guardProblem(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (/^\[HealthData-[A-Za-z0-9]+\] failed$/.test(text)) return 'failed';
  const requirement = text.replace(/^\[HealthData-[A-Za-z0-9]+\]:\s*/, '').replace(/\s*\[FIX\]:.*?(?=Check was|Error|$)/, '').trim();
  const found = /(Check was not compliant[^]*)$/.exec(requirement);
  const must = found ? requirement.slice(0, found.index).trim() : requirement;
  const seen = found ? found[1].replace(/\s*Value traversed to \[Path=[^\]]*\]? ?Value=(.*)$/, (_m, v: string) => ` (found: ${v.length > 160 ? `${v.slice(0, 160)}...` : v.replace(/\]\.?$/, '')})`).replace(/\[L:\d+,C:\d+\]/g, '') : '';
  return [must, seen].filter(Boolean).join('; ');
}
