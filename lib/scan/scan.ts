/**
 * The scanner: judge template files with the catalog, without CDK, using the
 * rules engine, the Guard policies or both. The result is data; formatters
 * render it and never decide compliance.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATALOG, judgesType } from '../catalog';
import { mergeFindings, guardFinding } from '../guard/findings';
import { GuardError, runGuard } from '../guard/guard';
import { judgeAcknowledgment, templateAcknowledgedIds, templateAcknowledgments } from '../catalog/acknowledgment';
import { evaluateTemplate, isOpen, type Finding } from '../engine/evaluate';
import { nestedTemplateFiles } from '../template/nested';
import { TemplateModel } from '../template/template';
import { expandInputs, readTemplateFile, type Input } from './inputs';
import { locator } from './locate';

export type Engine = 'rules' | 'guard' | 'all';
export const ENGINES: readonly Engine[] = ['rules', 'guard', 'all'];

export interface FileResult {
  readonly file: string;
  readonly status: 'checked' | 'error';
  readonly error?: string;
  readonly findings: Finding[];
  /** Rule ids that judged at least one resource of this template (for per-rule reports). */
  readonly rulesEvaluated?: string[];
  /** The resources of the template (for per-resource reports). */
  readonly resources?: Array<{ logicalId: string; type: string; constructPath?: string }>;
}

export interface ScanResult {
  readonly tool: { readonly name: string; readonly version: string };
  readonly files: FileResult[];
}

export interface ScanOptions {
  /** Default: rules (the CLI's default too). */
  readonly engine?: Engine;
  /**
   * Find the line and column of each finding in its file (re-reads the text with positions,
   * which costs as much as the rules themselves on large templates). Default: false.
   */
  readonly locate?: boolean;
  readonly readStdin?: () => string;
  /** Told what the scan is doing (each template, then the Guard run, which is `slow`), for a progress line. */
  readonly onProgress?: (message: string, slow?: boolean) => void;
}

/** Name and version, from the package.json above this file (source checkout or compiled dist/). */
export function toolInfo(): { name: string; version: string } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cdk-health-data') return { name: 'cdk-health-data', version: pkg.version ?? '0.0.0' };
    }
    if (path.dirname(dir) === dir) return { name: 'cdk-health-data', version: '0.0.0' };
  }
}

interface Loaded {
  readonly input: Input;
  readonly template?: TemplateModel;
  readonly text?: string;
  readonly error?: string;
}

function load(input: Input): Loaded {
  if (input.error) return { input, error: input.error };
  try {
    const text = input.text ?? readTemplateFile(input.file);
    return { input, text, template: TemplateModel.parse(text, input.file) };
  } catch (e) {
    return { input, error: (e as Error).message };
  }
}

/**
 * The loaded templates, each followed by the nested stack templates it deploys (CDK writes them
 * as `*.nested.template.json` beside the parent, outside the assembly manifest), each file once.
 */
function withNestedStacks(list: readonly Loaded[]): Loaded[] {
  const seen = new Set(list.filter((l) => l.input.file !== '-').map((l) => path.resolve(l.input.file)));
  const out: Loaded[] = [];
  const add = (l: Loaded) => {
    out.push(l);
    if (!l.template || l.input.file === '-') return;
    for (const file of nestedTemplateFiles(l.input.file, l.template.body)) {
      if (seen.has(path.resolve(file))) continue;
      seen.add(path.resolve(file));
      add(load({ file }));
    }
  };
  list.forEach(add);
  return out;
}

/** Judge every template named by the paths (files, directories, cloud assemblies, `-`). */
export function scanPaths(paths: readonly string[], opts: ScanOptions = {}): ScanResult {
  const engine = opts.engine ?? 'rules';
  const progress = opts.onProgress ?? (() => undefined);
  const loaded = withNestedStacks(expandInputs(paths, opts.readStdin).map(load));
  const findings = new Map<Loaded, Finding[]>(loaded.map((l) => [l, []]));
  const errors = new Map<Loaded, string>();
  if (engine !== 'guard') {
    loaded.forEach((l, i) => {
      if (!l.template) return;
      progress(`judging ${i + 1}/${loaded.length}: ${l.input.file}`);
      findings.get(l)!.push(...evaluateTemplate(l.template).map((f) => ({ ...f, engine: 'rules' as const })));
    });
  }
  if (engine !== 'rules') {
    const ok = loaded.filter((l) => l.template);
    progress(`running the Guard policies on ${ok.length} template(s)`, true);
    try {
      for (const [l, found] of guardFindings(ok)) findings.get(l)!.push(...found);
    } catch (e) {
      if (!(e instanceof GuardError)) throw e;
      for (const l of ok) errors.set(l, `the Guard engine failed: ${e.message}`);
    }
  }
  const files = loaded.map((l): FileResult => {
    const error = l.error ?? errors.get(l);
    if (error) return { file: l.input.file, status: 'error', error, findings: [] };
    const t = l.template!;
    const unknown = unknownAcknowledgments(t);
    if (unknown.length) return { file: l.input.file, status: 'error', error: unknown.join('; '), findings: [] };
    const locate = opts.locate ? locator(l.text ?? '') : () => undefined;
    return {
      file: l.input.file,
      status: 'checked',
      findings: mergeFindings(findings.get(l)!).map((f) => {
        const location = f.logicalId ? locate(f.logicalId, f.path) : undefined;
        return withAcknowledgment(t, location ? { ...f, location } : f);
      }),
      rulesEvaluated: CATALOG.filter((e) => [...t.resources.values()].some((r) => judgesType(e, r.type))).map((e) => e.id),
      resources: [...t.resources.values()].map((r) => ({ logicalId: r.logicalId, type: r.type, ...(r.constructPath ? { constructPath: r.constructPath } : {}) })),
    };
  });
  return { tool: toolInfo(), files };
}

/** All templates go to one cfn-guard process; its findings take the catalog's category, severity and fix. */
function guardFindings(loaded: readonly Loaded[]): Map<Loaded, Finding[]> {
  const out = new Map<Loaded, Finding[]>();
  if (loaded.length === 0) return out;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-health-data-'));
  try {
    // Guard reads files; standard input and anything CDK-specific goes through a JSON copy of what was parsed.
    const files = loaded.map((l, i) => {
      const file = path.join(tmp, `${i}.json`);
      fs.writeFileSync(file, JSON.stringify(l.template!.body));
      return file;
    });
    const results = runGuard(files);
    results.forEach((r, i) => {
      const l = loaded[i];
      out.set(l, r.findings.map((g) => guardFinding(g, l.template!.resource(g.logicalId ?? ''), l.input.file)));
    });
    return out;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Acknowledgments in the template's metadata that name no catalog rule: they acknowledge
 * nothing, so the template is not checkable as its author meant it (exit 2), never a quiet pass.
 */
function unknownAcknowledgments(template: TemplateModel): string[] {
  const out: string[] = [];
  for (const r of template.resources.values()) {
    for (const id of templateAcknowledgedIds(r.raw.Metadata)) {
      if (!CATALOG.some((e) => e.id === id)) out.push(`resource '${r.logicalId}' acknowledges '${id}', which is not a HealthData rule (see RULES.md): correct the id or remove the acknowledgment`);
    }
  }
  return out;
}

/**
 * Attach the acknowledgment synth recorded in the resource's metadata, judged the same
 * way the pack judges it at synth (expired and never-acknowledgeable ones do not count).
 */
function withAcknowledgment(template: TemplateModel, f: Finding): Finding {
  const entry = CATALOG.find((e) => e.id === f.ruleId);
  const res = template.resource(f.logicalId);
  if (!entry || !res) return f;
  const verdict = judgeAcknowledgment(entry, templateAcknowledgments(res.raw.Metadata, f.ruleId));
  if (verdict.status === 'none') return f;
  const a = verdict.acknowledgment;
  return {
    ...f,
    acknowledgment: {
      status: verdict.status,
      reason: a.reason,
      ...(a.ticket ? { ticket: a.ticket } : {}),
      ...(a.expires ? { expires: a.expires } : {}),
      ...(verdict.status !== 'active' ? { message: verdict.message } : {}),
    },
  };
}

/** 0: nothing open; 1: unacknowledged findings; 2: an input could not be checked (takes precedence). */
export function exitCode(result: ScanResult): number {
  if (result.files.length === 0 || result.files.some((f) => f.status === 'error')) return 2;
  return result.files.some((f) => f.findings.some(isOpen)) ? 1 : 0;
}
