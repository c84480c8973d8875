/**
 * The package as a user gets it: `npm pack` (which builds dist/ through `prepare`), then the
 * tarball installed into a scratch CDK app in a temporary folder, without the network. The app
 * imports the pack as the README shows, compiles against the shipped typings, fails synth on a
 * public bucket, and runs the installed CLI, which must need nothing from the dev dependencies.
 *
 * Offline: `npm ci` of this project fetched every tarball the scratch app needs into the npm cache
 * by the integrity its lockfile records, but no registry metadata (which `npm install` would need
 * to resolve the peer dependencies). So the scratch app gets a lockfile, cut from this project's
 * lockfile (aws-cdk-lib, constructs and the package's own dependencies, with what they need) plus
 * the tarball, and `npm ci --offline` installs from the cache alone.
 */
import * as crypto from 'crypto';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string; version: string; license: string; bin: Record<string, string>; engines: Record<string, string>;
  dependencies: Record<string, string>; peerDependencies: Record<string, string>; devDependencies: Record<string, string>;
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-package-'));
const app = path.join(work, 'app');

/** Environment for the child processes: offline, quiet, and nothing that points back into this checkout. */
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries({
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NODE_PATH: undefined,
  NODE_OPTIONS: undefined,
  TS_NODE_PROJECT: undefined,
}).filter(([, v]) => v !== undefined));

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** This project's lockfile entries for `names` and everything they need (bundled entries included). */
function lockClosure(names: string[]): Record<string, Record<string, unknown>> {
  type Entry = { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }> };
  const packages = (JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, Entry> }).packages;
  const find = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const at = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[at]) return at;
      if (!base) return undefined;
    }
  };
  const seen = new Set<string>();
  const walk = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    const e = packages[at];
    for (const name of Object.keys({ ...e.dependencies, ...e.optionalDependencies, ...e.peerDependencies })) {
      if (e.peerDependenciesMeta?.[name]?.optional) continue;
      const dep = find(at, name);
      if (dep) walk(dep);
    }
  };
  for (const name of names) {
    const at = find('', name);
    if (!at) throw new Error(`${name} is not in package-lock.json`);
    walk(at);
  }
  const out: Record<string, Record<string, unknown>> = {};
  for (const [at, e] of Object.entries(packages)) {
    if (![...seen].some((s) => at === s || at.startsWith(`${s}/node_modules/`))) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = e as Record<string, unknown>;
    out[at] = rest;
  }
  return out;
}

let tarball: string;
let listing: string[];

beforeAll(() => {
  // Pack as `npm publish` would: this runs `prepare`, which builds dist/.
  const packed = ok(run('npm', ['pack', '--pack-destination', work, '--silent'], root), 'npm pack').trim().split('\n').pop()!;
  tarball = path.join(work, packed);
  listing = ok(run('tar', ['-tzf', tarball], work), 'tar -t').split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')).sort();

  fs.mkdirSync(app);
  // The app pins aws-cdk-lib and constructs at the versions this project tests against.
  const peers = Object.fromEntries(Object.keys(pkg.peerDependencies).map((n) => [n, pkg.devDependencies[n]]));
  const dependencies = { ...peers, [pkg.name]: `file:../${packed}` };
  const manifest = { name: 'scratch-cdk-app', version: '1.0.0', private: true, dependencies };
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  const self = {
    version: pkg.version, resolved: `file:../${packed}`, integrity: `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`,
    dependencies: pkg.dependencies, peerDependencies: pkg.peerDependencies, bin: pkg.bin, engines: pkg.engines, license: pkg.license,
  };
  const lock = {
    name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true,
    packages: {
      '': { name: manifest.name, version: manifest.version, dependencies },
      [`node_modules/${pkg.name}`]: self,
      ...lockClosure([...Object.keys(peers), ...Object.keys(pkg.dependencies)]),
    },
  };
  fs.writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(lock, null, 2));
  ok(run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app), 'npm ci of the scratch app');
}, 180_000);

afterAll(() => { if (!process.env.HD_KEEP_PACKAGE_TEST) fs.rmSync(work, { recursive: true, force: true }); });

describe('the npm package', () => {
  test('ships the compiled library, the CLI, the Guard policies and the docs, and no tests, CI or sources', () => {
    expect(listing).toEqual(expect.arrayContaining([
      'LICENSE', 'README.md', 'RULES.md', 'package.json', 'bin/cdk-health-data.js',
      'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/bin/cdk-health-data.js', 'policies/s3/S3BucketPublicAccessBlocked.guard',
    ]));
    expect(listing.filter((f) => /^(test|\.ci|\.github|scripts|examples|node_modules|cdk\.out)\//.test(f))).toEqual([]);
    expect(listing.filter((f) => /(^|\/)tests?\//.test(f) || /\.test\.|_tests\.ya?ml$/.test(f))).toEqual([]);
    expect(listing.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(listing.filter((f) => !/^(dist\/(lib|bin)\/|policies\/|bin\/cdk-health-data\.js$|LICENSE$|README\.md$|RULES\.md$|package\.json$)/.test(f))).toEqual([]);
  });

  test('installs with a single aws-cdk-lib and constructs (the app\'s) and without ts-node', () => {
    const nm = path.join(app, 'node_modules');
    expect(fs.existsSync(path.join(nm, 'cdk-health-data', 'dist', 'lib', 'index.js'))).toBe(true);
    expect(fs.existsSync(path.join(nm, 'ts-node'))).toBe(false);
    expect(fs.existsSync(path.join(nm, 'typescript'))).toBe(false);
    const copies = (name: string) => ok(run('find', [nm, '-type', 'd', '-path', `*/node_modules/${name}`, '-prune'], app), 'find').split('\n').filter(Boolean);
    expect(copies('aws-cdk-lib')).toEqual([path.join(nm, 'aws-cdk-lib')]);
    expect(copies('constructs')).toEqual([path.join(nm, 'constructs')]);
  });

  test('the README import compiles against the shipped typings, and synth throws on a public bucket', () => {
    fs.writeFileSync(path.join(app, 'app.ts'), [
      "import { App, Stack, Validations } from 'aws-cdk-lib';",
      "import * as s3 from 'aws-cdk-lib/aws-s3';",
      "import { HealthDataChecks, healthDataGuardValidator } from 'cdk-health-data';",
      '',
      "const app = new App({ outdir: 'cdk.out' });",
      "const stack = new Stack(app, 'Records');",
      "new s3.CfnBucket(stack, 'Public', { accessControl: 'PublicRead' });",
      'Validations.of(app).addPlugins(new HealthDataChecks(app), healthDataGuardValidator());',
      'try {',
      '  app.synth();',
      "  console.log('SYNTH PASSED');",
      '} catch (e) {',
      "  console.log(`SYNTH FAILED: ${(e as Error).message}`);",
      '}',
      '',
    ].join('\n'));
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, skipLibCheck: true, esModuleInterop: true, target: 'ES2022', module: 'commonjs', types: [] },
      files: ['app.ts'],
    }));
    ok(run(process.execPath, [tsc, '-p', 'tsconfig.json'], app), 'tsc app.ts');
    const out = ok(run(process.execPath, ['app.js'], app), 'node app.js');
    expect(out).toMatch(/^SYNTH FAILED: /m);
    expect(out).toMatch(/HealthData-S3BucketPublicAccessBlocked/);
    expect(out).not.toMatch(/SYNTH PASSED/);
  }, 120_000);

  test('the installed CLI runs compiled JavaScript: exit 1 on a finding, 2 on a missing file, its version', () => {
    const cli = path.join(app, 'node_modules', '.bin', 'cdk-health-data');
    fs.writeFileSync(path.join(app, 'bad.json'), JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } } }));
    const bad = run(cli, ['scan', 'bad.json'], app);
    expect({ status: bad.status, stderr: bad.stderr }).toEqual({ status: 1, stderr: '' });
    expect(bad.stdout).toMatch(/\n  AWS::S3::Bucket Bucket\n    ERROR HealthData-S3BucketPublicAccessBlocked at /);
    const guard = run(cli, ['scan', '--engine', 'guard', 'bad.json'], app);
    expect(guard.status).toBe(1);
    expect(guard.stdout).toMatch(/HealthData-S3BucketPublicAccessBlocked/);
    const missing = run(cli, ['scan', 'missing.json'], app);
    expect(missing.status).toBe(2);
    expect(missing.stdout + missing.stderr).toMatch(/missing\.json.*no such file/);
    expect(ok(run(cli, ['--version'], app), 'cdk-health-data --version').trim()).toBe(pkg.version);
  }, 60_000);
});
