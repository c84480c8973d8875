/**
 * The layering check can fail: `npm run layers` (part of `npm test`), run as package.json
 * states it with .dependency-cruiser.cjs on a scratch tree shaped like this one, where each
 * rule is broken once beside imports the layers allow, reports exactly the planted
 * violations and exits non-zero.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

/** Each file of the scratch tree and what it imports (relative specifiers are from the file). */
const TREE: Record<string, readonly string[]> = {
  // allowed: the layers in order, service-private helpers, constructs on the model
  'lib/template/values.ts': [],
  'lib/template/template.ts': ['./values', 'fs'],
  'lib/template/network.ts': ['./template'],
  'lib/facts/parameter-groups.ts': ['../template/template'],
  'lib/rules/rule.ts': ['../template/template'],
  'lib/rules/check.ts': ['./rule', '../facts/parameter-groups', '../template/network'],
  'lib/rules/rds/engine-tls.ts': ['../check', '../../facts/parameter-groups'],
  'lib/rules/rds/RdsA.ts': ['./engine-tls', '../rule'],
  'lib/rules/index.ts': ['./rds/RdsA', './s3/S3A'],
  'lib/catalog/index.ts': ['../rules/index'],
  'lib/engine/evaluate.ts': ['../catalog/index'],
  'lib/guard/guard.ts': ['../engine/evaluate', 'child_process'],
  'lib/scan/scan.ts': ['../guard/guard', '../engine/evaluate'],
  'lib/packs/pack.ts': ['../guard/guard', 'aws-cdk-lib'],
  'lib/constructs/bucket.ts': ['../template/values', '../catalog/index', 'aws-cdk-lib'],
  'lib/index.ts': ['./packs/pack', './scan/scan', './constructs/bucket'],
  // forbidden: one per rule
  'lib/template/load.ts': ['../facts/parameter-groups'],
  'lib/template/policy.ts': ['../rules/rule'],
  'lib/rules/s3/S3A.ts': ['../rds/engine-tls'],
  'lib/rules/attached.ts': ['../catalog/index'],
  'lib/catalog/markdown.ts': ['../engine/evaluate'],
  'lib/engine/report.ts': ['../scan/scan'],
  'lib/constructs/key.ts': ['../rules/check'],
  'lib/guard/runner.ts': ['../packs/pack'],
  'lib/scan/cli.ts': ['aws-cdk-lib'],
  'lib/facts/file-reader.ts': ['fs'],
  'lib/scan/formats.ts': ['../../scripts/generate'],
  'lib/template/cycle-a.ts': ['./cycle-b'],
  'lib/template/cycle-b.ts': ['./cycle-a'],
  'scripts/generate.ts': ['../lib/catalog/index'],
  'bin/cli.ts': ['../lib/index'],
};

const EXPECTED = [
  'catalog-not-upward lib/catalog/markdown.ts -> lib/engine/evaluate.ts',
  'constructs-not-judging lib/constructs/key.ts -> lib/rules/check.ts',
  'engine-not-upward lib/engine/report.ts -> lib/scan/scan.ts',
  'facts-not-upward lib/template/policy.ts -> lib/rules/rule.ts',
  'front-ends-apart lib/guard/runner.ts -> lib/packs/pack.ts',
  'lib-not-to-tooling lib/scan/formats.ts -> scripts/generate.ts',
  'model-not-upward lib/template/load.ts -> lib/facts/parameter-groups.ts',
  'no-cdk-in-judgement lib/scan/cli.ts -> node_modules/aws-cdk-lib/index.js',
  'no-circular lib/template/cycle-a.ts -> lib/template/cycle-b.ts',
  'rules-not-upward lib/rules/attached.ts -> lib/catalog/index.ts',
  'rules-read-no-files lib/facts/file-reader.ts -> fs',
  'rules-service-private lib/rules/s3/S3A.ts -> lib/rules/rds/engine-tls.ts',
];

/** The check as `npm test` runs it. */
const layersScript = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.layers;

let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  for (const [file, imports] of Object.entries(TREE)) {
    fs.mkdirSync(path.join(scratch, path.dirname(file)), { recursive: true });
    const body = imports.map((m, i) => `import * as m${i} from '${m}';\nexport const u${i} = m${i};\n`).join('') || 'export {};\n';
    fs.writeFileSync(path.join(scratch, file), body);
  }
  fs.copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(scratch, '.dependency-cruiser.cjs'));
  fs.writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', esModuleInterop: true } }));
  // A stand-in for the package, as npm installs it.
  fs.mkdirSync(path.join(scratch, 'node_modules', 'aws-cdk-lib'), { recursive: true });
  fs.writeFileSync(path.join(scratch, 'node_modules', 'aws-cdk-lib', 'package.json'), JSON.stringify({ name: 'aws-cdk-lib', main: 'index.js' }));
  fs.writeFileSync(path.join(scratch, 'node_modules', 'aws-cdk-lib', 'index.js'), 'module.exports = {};\n');
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('a planted violation of each layering rule fails the check, and the allowed imports do not', () => {
  const run = spawnSync(layersScript, {
    cwd: scratch, encoding: 'utf8', shell: true, timeout: 120_000,
    env: { ...process.env, FORCE_COLOR: '0', PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` },
  });
  expect(run.error).toBeUndefined();
  const found = [...run.stdout.matchAll(/error ([\w-]+): (\S+) →\s+(\S+)/g)].map((m) => `${m[1]} ${m[2]} -> ${m[3]}`).sort();
  expect(found).toEqual(EXPECTED);
  expect(run.status).not.toBe(0);
}, 150_000);
