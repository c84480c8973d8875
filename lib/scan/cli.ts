/**
 * The scanner CLI: judge CloudFormation templates (files, directories, cdk.out, stdin)
 * for CI gating. Exit 0: nothing found; 1: findings; 2: an input could not be checked,
 * the command line is wrong, or the scanner itself failed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildAudit, formatAuditJson, formatAuditMarkdown } from './audit';
import { formatJson } from './formats/json';
import { formatJunit } from './formats/junit';
import { formatSarif } from './formats/sarif';
import { formatText, printable } from './formats/text';
import { ENGINES, exitCode, scanPaths, toolInfo, type Engine } from './scan';

/** The engine `--engine` defaults to (the README says which): the rules engine, fast and complete. */
export const DEFAULT_ENGINE: Engine = 'rules';

const USAGE = `usage: cdk-health-data scan [--format text|json|sarif|junit] [--output FILE] [--engine rules|guard|all] PATH...
       cdk-health-data report [--output report.md] [--json report.json] [--engine rules|guard|all] PATH...
  scan      judge the templates; report findings in the chosen format
  report    the audit report: per template and resource, every rule evaluated, its result,
            acknowledgments with reason, ticket and expiry, and the controls each rule serves
  PATH      a template file (.json, .yaml, .yml, .template), a directory of templates,
            a cloud assembly (cdk.out), a glob ('cdk.out/**/*.template.json') or - for standard input
  --engine  rules (the rules engine), guard (the Guard policies) or all (both); default: ${DEFAULT_ENGINE}
  --output  write the report to FILE; only the text summary goes to the terminal
  --quiet   print nothing but errors (the exit code still tells the verdict)
  --debug   on an internal error, print the stack trace too
exit codes: 0 nothing unacknowledged found, 1 findings, 2 an input could not be checked or an internal error`;

type Formatter = (r: ReturnType<typeof scanPaths>, engines: ReadonlyArray<'rules' | 'guard'>) => string;
/** Colour only for a person at a terminal, and never with NO_COLOR set (https://no-color.org). */
const color = () => process.stdout.isTTY === true && !process.env.NO_COLOR;
const FORMATS: Record<string, Formatter> = Object.assign(Object.create(null) as Record<string, Formatter>, {
  text: (r: ReturnType<typeof scanPaths>) => formatText(r, { color: color() }),
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
});

/**
 * The command as the `cdk-health-data` executable runs it: `main`, with any error it throws
 * turned into exit 2 and a one-line reason (exit 1 would read as "findings" in CI). The
 * stack trace is printed only with `--debug`.
 */
export function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const debug = argv.includes('--debug');
  try {
    return main(argv.filter((a) => a !== '--debug'), out, err);
  } catch (e) {
    err(`${internalError(e, debug)}\n`);
    if (debug && e instanceof Error && e.stack) err(`${e.stack}\n`);
    return 2;
  }
}

/** The one-line reason for an error the scanner did not expect. */
export function internalError(e: unknown, debug = false): string {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim() || 'unknown error';
  return `cdk-health-data: internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}`;
}

/** Why a report cannot be written to `file`, or undefined when it can (an existing file is replaced). */
function unwritable(file: string): string | undefined {
  if (file === '') return 'needs a file name';
  if (fs.existsSync(file) && !fs.statSync(file).isFile()) return 'is not a regular file (a directory?): name a file to write the report to';
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return `its folder ${printable(dir)} does not exist`;
  return undefined;
}

/**
 * A progress line on standard error, for a person at a terminal and a scan that takes more than a
 * second: rewritten in place, cleared at the end. Nothing in CI logs or pipes.
 */
function progressLine(quiet: boolean): { update: (message: string, slow?: boolean) => void; done: () => void } {
  if (quiet || !process.stderr.isTTY) return { update: () => undefined, done: () => undefined };
  const started = Date.now();
  let shown = false;
  return {
    update: (message, slow) => {
      if (!slow && Date.now() - started < 1000) return;
      shown = true;
      const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
      process.stderr.write(`\r\u001b[K${printable(message).slice(0, width)}`);
    },
    done: () => {
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
}

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const [cmd, ...rest] = argv;
  if (cmd === '--version' || cmd === '-v') {
    out(`${toolInfo().version}\n`);
    return 0;
  }
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (cmd !== 'scan' && cmd !== 'report') {
    err(`${cmd ? `unknown command '${cmd}'` : 'no command given'}\n${USAGE}\n`);
    return 2;
  }
  let format = 'text';
  let engine: string = DEFAULT_ENGINE;
  let quiet = false;
  let output: string | undefined;
  let jsonOut: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a === '-f') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--engine' || a === '-e') engine = rest[++i] ?? '';
    else if (a === '--output' || a === '-o') output = rest[++i] ?? '';
    else if (a.startsWith('--output=')) output = a.slice('--output='.length);
    else if (a === '--json' && cmd === 'report') jsonOut = rest[++i] ?? '';
    else if (a.startsWith('--engine=')) engine = a.slice('--engine='.length);
    else if (a === '--quiet' || a === '-q') quiet = true;
    else if (a.startsWith('-') && a !== '-') {
      err(`unknown option '${a}'\n${USAGE}\n`);
      return 2;
    } else paths.push(a);
  }
  if (!FORMATS[format]) {
    err(`unknown format '${format}': expected ${Object.keys(FORMATS).join(', ')}\n`);
    return 2;
  }
  if (!ENGINES.includes(engine as Engine)) {
    err(`unknown engine '${engine}': expected ${ENGINES.join(', ')}\n`);
    return 2;
  }
  if (paths.length === 0) {
    err(`no PATH given: nothing to scan\n${USAGE}\n`);
    return 2;
  }
  if (output === '') {
    err('--output needs a file name\n');
    return 2;
  }
  // Refuse an output that cannot be written before scanning, rather than failing after it.
  for (const [flag, file] of [['--output', output], ['--json', jsonOut]] as const) {
    const problem = file === undefined ? undefined : unwritable(file);
    if (problem) {
      err(`${flag} ${printable(file!)}: ${problem}\n`);
      return 2;
    }
  }
  const progress = progressLine(quiet);
  const result = scanPaths(paths, { engine: engine as Engine, locate: format === 'sarif', onProgress: progress.update });
  progress.done();
  if (cmd === 'report') {
    const audit = buildAudit(result);
    const md = formatAuditMarkdown(audit);
    if (output) fs.writeFileSync(output, md);
    if (jsonOut) fs.writeFileSync(jsonOut, formatAuditJson(audit));
    if (!quiet) out(output ? formatText(result, { summaryOnly: true, color: color() }) : md);
    return exitCode(result);
  }
  const engines: Array<'rules' | 'guard'> = engine === 'all' ? ['rules', 'guard'] : [engine as 'rules' | 'guard'];
  const report = FORMATS[format](result, engines);
  if (output) {
    fs.writeFileSync(output, report);
    if (!quiet) out(formatText(result, { summaryOnly: true, color: color() }));
  } else if (!quiet) {
    out(report);
  }
  // --quiet: nothing but errors, the inputs that could not be checked.
  if (quiet) for (const f of result.files) if (f.status === 'error') err(`${printable(f.file)}: ${printable(f.error ?? '')}\n`);
  return exitCode(result);
}
