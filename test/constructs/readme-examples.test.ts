/**
 * The README's construct examples (```ts blocks between the constructs markers) are type-checked here,
 * against the real sources, so README and code cannot drift.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.join(__dirname, '..', '..');

/** The ```ts blocks of the constructs section, or of the whole README. */
function examples(section: 'constructs' | 'all' = 'constructs'): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const text = section === 'all' ? readme : readme.slice(readme.indexOf('<!-- constructs:start -->'), readme.indexOf('<!-- constructs:end -->'));
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

test('README has an example for every construct', () => {
  const all = examples().join('\n');
  for (const name of ['HealthDataKey', 'HealthDataNetwork', 'HealthDataBucket', 'HealthDataFileSystem', 'HealthDataDatabase',
    'HealthDataLoadBalancer', 'HealthDataSftpServer', 'CallRecordingArchive']) {
    expect(all).toMatch(new RegExp(`new ${name}\\(`));
  }
});

test('every README TypeScript example compiles (pack, acknowledgments, constructs)', () => {
  const files = examples('all').map((code, i) => {
    const file = path.join(root, 'test', 'constructs', `__readme_example_${i}.ts`);
    return { file, code: `${code.replace(/from 'cdk-health-data'/g, "from '../../lib'")}\nexport {};\n` };
  });
  const host = ts.createCompilerHost({});
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => files.find((x) => path.resolve(x.file) === path.resolve(f))?.code ?? read(f);
  host.fileExists = (f) => files.some((x) => path.resolve(x.file) === path.resolve(f)) || exists(f);
  const program = ts.createProgram(files.map((f) => f.file), {
    strict: true, noEmit: true, skipLibCheck: true, esModuleInterop: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS, resolveJsonModule: true, types: [],
  }, host);
  const diagnostics = ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.some((x) => path.resolve(x.file) === path.resolve(d.file!.fileName)))
    .map((d) => `${path.basename(d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  expect(diagnostics).toEqual([]);
}, 120_000);

test('every rule id the README names is a catalog rule, or a violation about the gate itself', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CATALOG } = require('../../lib/catalog') as typeof import('../../lib/catalog');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { GATE_VIOLATIONS } = require('../../lib/packs/checks-failed') as typeof import('../../lib/packs/checks-failed');
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const ids = new Set<string>([...CATALOG.map((e) => e.id), ...Object.values(GATE_VIOLATIONS)]);
  const named = [...new Set([...readme.matchAll(/HealthData-([A-Z][A-Za-z0-9]+)/g)].map((m) => `HealthData-${m[1]}`))];
  expect(named.filter((id) => !ids.has(id))).toEqual([]);
});
