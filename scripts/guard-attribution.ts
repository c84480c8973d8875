/**
 * Does each Guard twin name the right resources? For every rule's jest cases (collected by
 * replacing describeRule), runs the twin on each failing case, on each failing case merged with a
 * passing case (ids renamed, both orders) and on a failing case merged with itself, and compares
 * the logical ids Guard flags with the scanner's. Mismatches are classed WRONG-SAME-TYPE (a
 * resource of the rule's types the rule passes: the per-template defect), NONE (a finding naming
 * no resource), JOINED (a joined resource of another type also named), MISSED.
 *   npx ts-node --transpile-only scripts/guard-attribution.ts [path filter, e.g. s3/S3BucketRequiresTls]
 * Env: NP (passing cases merged per failing case, default 2), OUT (report file), DUMP (label substring).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
const root = path.join(__dirname, '..');
const g = global as any;
for (const k of ['describe', 'test', 'it', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach']) g[k] = () => undefined;
g.test.each = () => () => undefined; g.describe.each = () => () => undefined;
g.expect = () => new Proxy({}, { get: () => () => undefined });
const harness = require(path.join(root, 'test/support/harness'));
const { CATALOG } = require(path.join(root, 'lib/catalog'));
const { runGuard } = require(path.join(root, 'lib/guard/guard'));
const collected: Array<{ ruleId: string; cases: any }> = [];
harness.describeRule = (ruleId: string, cases: any) => collected.push({ ruleId, cases });
const only = process.argv[2];
const walk = (d: string): string[] => fs.readdirSync(d).flatMap((n) => { const f = path.join(d, n); return fs.statSync(f).isDirectory() ? walk(f) : n.endsWith('.test.ts') ? [f] : []; });
for (const f of walk(path.join(root, 'test/rules'))) { if (only && !f.includes(only)) continue; try { require(f); } catch (e) { console.error('load', f, (e as Error).message); } }
const unwrap = (c: any) => ('template' in c && typeof c.template === 'object' ? c : { template: c });
function rename(t: any, pre: string): any {
  const names = new Set<string>([...Object.keys(t.Resources ?? {}), ...Object.keys(t.Parameters ?? {}), ...Object.keys(t.Conditions ?? {}), ...Object.keys(t.Mappings ?? {})]);
  const r = (s: string) => (names.has(s) ? pre + s : s);
  const v = (x: any): any => {
    if (Array.isArray(x)) return x.map((y) => v(y));
    if (!x || typeof x !== 'object') return x;
    const o: any = {};
    for (const [k, y] of Object.entries(x)) {
      if (k === 'Ref' && typeof y === 'string') o[k] = r(y);
      else if (k === 'Fn::GetAtt') o[k] = typeof y === 'string' ? r(y.split('.')[0]) + y.slice(y.indexOf('.')) : [r((y as any)[0]), ...v((y as any).slice(1))];
      else if (k === 'Fn::Sub') { const sub = (s: string) => s.replace(/\$\{([A-Za-z0-9]+)(\.[^}]*)?\}/g, (_m, a, b) => '${' + r(a) + (b ?? '') + '}'); o[k] = typeof y === 'string' ? sub(y) : [sub((y as any)[0]), v((y as any)[1])]; }
      else if (k === 'Fn::If') o[k] = [r((y as any)[0]), ...v((y as any).slice(1))];
      else if (k === 'Condition' && typeof y === 'string') o[k] = r(y);
      else if (k === 'Fn::FindInMap') o[k] = [r((y as any)[0]), ...v((y as any).slice(1))];
      else if (k === 'DependsOn') o[k] = Array.isArray(y) ? y.map(r) : r(y as string);
      else o[k] = v(y);
    }
    return o;
  };
  const out: any = {};
  for (const s of ['Parameters', 'Conditions', 'Mappings', 'Resources']) if (t[s]) out[s] = Object.fromEntries(Object.entries(t[s]).map(([k, y]) => [r(k), v(y)]));
  return out;
}
function merge(a: any, b: any): any {
  const out: any = { AWSTemplateFormatVersion: '2010-09-09' };
  for (const s of ['Parameters', 'Conditions', 'Mappings', 'Resources']) if (a[s] || b[s]) out[s] = { ...(a[s] ?? {}), ...(b[s] ?? {}) };
  return out;
}
const report: string[] = [];
for (const { ruleId, cases } of collected) {
  const entry = CATALOG.find((e: any) => e.id === ruleId);
  const policy = path.join(root, 'policies', entry.service, `${entry.name}.guard`);
  if (!fs.existsSync(policy)) continue;
  const fails = Object.entries(cases.fail).map(([t, c]) => ({ t, ...unwrap(c) })).filter((c: any) => !c.guard || c.guard === 'fail');
  const passes = Object.entries(cases.pass).map(([t, c]) => ({ t, ...unwrap(c) })).filter((c: any) => !c.guard || c.guard === 'pass');
  const jobs: Array<{ label: string; template: any }> = [];
  for (const f of fails) jobs.push({ label: `F[${f.t}]`, template: f.template });
  for (const f of fails) for (const p of passes.slice(0, Number(process.env.NP ?? 2))) {
    jobs.push({ label: `F[${f.t}] + P[${p.t}]`, template: merge(f.template, rename(p.template, 'Zz')) });
    jobs.push({ label: `P[${p.t}] + F[${f.t}]`, template: merge(p.template, rename(f.template, 'Zz')) });
  }
  for (const f of fails) jobs.push({ label: `F[${f.t}] x2`, template: merge(f.template, rename(f.template, 'Zz')) });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gattr-'));
  fs.copyFileSync(policy, path.join(dir, path.basename(policy)));
  const files = jobs.map((j, i) => { const f = path.join(dir, `c${i}.json`); fs.writeFileSync(f, JSON.stringify(j.template)); return f; });
  if (process.env.DUMP) jobs.forEach((j, i) => { if (j.label.includes(process.env.DUMP!)) console.error("DUMP", files[i], j.label); });
  let results: any[];
  try { results = runGuard(files, dir); } catch (e) { report.push(`${ruleId} GUARD ERROR ${(e as Error).message.slice(0, 300)}`); continue; }
  let bad = 0;
  let shownWrong = 0;
  const counts: Record<string, number> = {};
  jobs.forEach((j, i) => {
    let expected: string[];
    try { expected = harness.scanPairs(j.template).filter((p: string) => p.startsWith(ruleId + ' ')).map((p: string) => p.split(' ')[1]); } catch (e) { expected = ['<scan error>']; }
    const got = [...new Set(results[i].findings.filter((f: any) => f.ruleId === ruleId).map((f: any) => f.logicalId ?? '<none>'))].sort() as string[];
    expected = [...new Set(expected)].sort();
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      bad++;
      const types: Record<string, string> = Object.fromEntries(Object.entries(j.template.Resources ?? {}).map(([id, r]: [string, any]) => [id, String(r.Type)]));
      const extra = got.filter((id) => !expected.includes(id));
      const kinds = new Set<string>();
      for (const id of extra) kinds.add(id === '<none>' ? 'NONE' : entry.resourceTypes.includes(types[id]) ? 'WRONG-SAME-TYPE' : 'JOINED');
      if (expected.some((id) => !got.includes(id))) kinds.add(entry.guardDifference ? 'MISSED(declared)' : 'MISSED');
      for (const k of kinds) counts[k] = (counts[k] ?? 0) + 1;
      if (bad <= 6 || kinds.has('WRONG-SAME-TYPE') && shownWrong++ < 4) report.push(`${ruleId} [${[...kinds].join(',')}] ${j.label}\n    rules: ${expected.join(',')}\n    guard: ${got.join(',')}`);
    }
  });
  report.push(`== ${ruleId}: ${bad}/${jobs.length} mismatched ${JSON.stringify(counts)}`);
  console.error(`${ruleId}: ${bad}/${jobs.length} ${JSON.stringify(counts)}`);
}
fs.writeFileSync(process.env.OUT ?? '/tmp/gattr/report.txt', report.join('\n') + '\n');
