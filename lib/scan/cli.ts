/**
 * The scanner CLI: judge CloudFormation templates (files, directories, cdk.out, stdin)
 * for CI gating. Exit 0: nothing found; 1: findings; 2: an input could not be checked
 * or the command line is wrong.
 */
import { formatJson } from './formats/json';
import { formatText } from './formats/text';
import { ENGINES, exitCode, scanPaths, toolInfo, type Engine } from './scan';

const USAGE = `usage: cdk-health-data scan [--format text|json] [--engine rules|guard|all] PATH...
  PATH   a template file (.json, .yaml, .yml, .template), a directory of templates,
         a cloud assembly (cdk.out) or - for standard input
exit codes: 0 nothing found, 1 findings, 2 an input could not be checked`;

const FORMATS: Record<string, (r: ReturnType<typeof scanPaths>) => string> = { text: formatText, json: formatJson };

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
  if (cmd !== 'scan') {
    err(`${cmd ? `unknown command '${cmd}'` : 'no command given'}\n${USAGE}\n`);
    return 2;
  }
  let format = 'text';
  let engine = 'all';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a === '-f') format = rest[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--engine' || a === '-e') engine = rest[++i] ?? '';
    else if (a.startsWith('--engine=')) engine = a.slice('--engine='.length);
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
  const result = scanPaths(paths, { engine: engine as Engine });
  out(FORMATS[format](result));
  return exitCode(result);
}
