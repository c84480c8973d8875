import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { DEFAULT_ENGINE, main, run as runCommand } from '../../lib/scan/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-cli-'));
const write = (name: string, body: string | object) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
};

const PUBLIC = { Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } } };
const NOTHING_TO_JUDGE = { Resources: { Topic: { Type: 'AWS::CloudFormation::WaitConditionHandle' } } };

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err, json: () => JSON.parse(out) };
}

describe('cdk-health-data scan', () => {
  test('exit 0 when nothing is found', () => {
    expect(run('scan', write('clean.json', NOTHING_TO_JUDGE)).code).toBe(0);
  });

  test('exit 1 with findings; JSON keeps the documented field names', () => {
    const file = write('public.json', PUBLIC);
    const r = run('scan', '--format', 'json', file);
    expect(r.code).toBe(1);
    const report = r.json();
    expect(Object.keys(report)).toEqual(['tool', 'files']);
    expect(report.tool.name).toBe('cdk-health-data');
    expect(report.files[0]).toMatchObject({ file, status: 'checked' });
    const f = report.files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'HealthData-S3BucketPublicAccessBlocked');
    // Fields are only ever added (engines and paths: one finding per rule and resource), never renamed.
    expect(Object.keys(f)).toEqual(['ruleId', 'category', 'severity', 'logicalId', 'resourceType', 'path', 'message', 'fix', 'engine', 'engines', 'paths']);
    expect(f).toMatchObject({ category: 'P', severity: 'error', logicalId: 'Bucket', resourceType: 'AWS::S3::Bucket' });
    expect(f.message).toMatch(/Bucket.*PublicAccessBlockConfiguration.*absent.*Fix:/);
  });

  test('YAML with short-form tags is read', () => {
    const file = write('t.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-b"\n');
    expect(run('scan', '--format', 'json', file).json().files[0].status).toBe('checked');
  });

  test.each([
    ['a file that does not exist', () => path.join(dir, 'missing.json'), /no such file/],
    ['an unknown file type', () => write('notes.txt', 'hello'), /unknown file type/],
    ['a template that does not parse', () => write('broken.json', '{"Resources": {'), /not valid JSON/],
    ['a YAML document that is not a template', () => write('other.yaml', 'name: x\n'), /no 'Resources' section/],
    ['an empty file', () => write('empty.yaml', ''), /empty/],
    ['an empty directory', () => { const d = path.join(dir, 'empty-dir'); fs.mkdirSync(d, { recursive: true }); return d; }, /holds no CloudFormation templates/],
  ])('exit 2 for %s, with the reason', (_what, make, why) => {
    const r = run('scan', '--format', 'json', make());
    expect(r.code).toBe(2);
    expect(r.json().files[0].status).toBe('error');
    expect(r.json().files[0].error).toMatch(why);
  });

  test('exit 2 wins over findings when one of several inputs cannot be checked', () => {
    expect(run('scan', write('p2.json', PUBLIC), path.join(dir, 'nope.json')).code).toBe(2);
  });

  test.each([[[]], [['scan']], [['scan', '--format', 'xml', 'x.json']], [['scan', '--bogus', 'x.json']], [['frobnicate']]])(
    'exit 2 for a wrong command line %j', (argv) => {
      const r = run(...(argv as string[]));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/usage|unknown format/);
    },
  );

  test('a directory of templates is scanned file by file', () => {
    const d = path.join(dir, 'several');
    write('several/a.json', PUBLIC);
    write('several/nested/b.yaml', 'Resources:\n  H:\n    Type: AWS::CloudFormation::WaitConditionHandle\n');
    const r = run('scan', '--format', 'json', d);
    expect(r.json().files.map((f: { file: string }) => path.relative(d, f.file))).toEqual(['a.json', path.join('nested', 'b.yaml')]);
    expect(r.code).toBe(1);
  });

  test('a cloud assembly (cdk.out) is read through its manifest, stage assemblies included', () => {
    const outdir = path.join(dir, 'cdk.out');
    const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
    new s3.Bucket(new Stack(app, 'Top'), 'B');
    const { Stage } = require('aws-cdk-lib');
    new s3.Bucket(new Stack(new Stage(app, 'Prod'), 'Inner'), 'B');
    app.synth();
    const r = run('scan', '--format', 'json', outdir);
    const files = r.json().files.map((f: { file: string }) => path.basename(f.file)).sort();
    expect(files).toEqual(['ProdInner6AE3BBF4.template.json', 'Top.template.json']);
    expect(r.code).toBe(1);
  });

  test('standard input is read with -', () => {
    let out = '';
    const { scanPaths } = require('../../lib/scan/scan');
    const result = scanPaths(['-'], { readStdin: () => JSON.stringify(PUBLIC) });
    out = JSON.stringify(result);
    expect(result.files[0]).toMatchObject({ file: '-', status: 'checked' });
    expect(out).toMatch(/S3BucketPublicAccessBlocked/);
  });

  test('an internal error exits 2 (not 1, which means findings) with a one-line reason', () => {
    let err = '';
    const broken = () => { throw new Error('disk full\n    at somewhere'); };
    const code = runCommand(['scan', write('p4.json', PUBLIC)], broken, (s) => (err += s));
    expect(code).toBe(2);
    expect(err).toBe('cdk-health-data: internal error: disk full (run with --debug for the stack trace)\n');
  });

  test('--debug adds the stack trace to an internal error', () => {
    let err = '';
    const broken = () => { throw new Error('disk full'); };
    expect(runCommand(['scan', '--debug', write('p5.json', PUBLIC)], broken, (s) => (err += s))).toBe(2);
    expect(err).toMatch(/^cdk-health-data: internal error: disk full\nError: disk full\n\s+at /);
  });

  test('the README states the default engine the CLI uses', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(`\`--engine\` defaults to \`${DEFAULT_ENGINE}\``);
  });

  test('the installed command runs and exits with the scan verdict', () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'cdk-health-data.js'), 'scan', write('p3.json', PUBLIC)], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\n  AWS::S3::Bucket Bucket\n    ERROR HealthData-S3BucketPublicAccessBlocked at Properties\.PublicAccessBlockConfiguration\.BlockPublicAcls, /);
    expect(r.stdout).toMatch(/1 template\(s\) scanned, \d+ unacknowledged finding/);
  });
});

describe('output for a person at a terminal', () => {
  const cli = path.join(__dirname, '..', '..', 'bin', 'cdk-health-data.js');
  /** The command under a pseudo-terminal (util-linux `script`), stdout discarded: what it writes to the terminal's stderr. */
  function onTerminal(args: string, env: Record<string, string> = {}): string {
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" ${args} > /dev/null`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env } });
    return r.stdout;
  }

  test('a progress line on stderr while Guard runs, rewritten in place and cleared at the end', () => {
    const out = onTerminal(`scan --engine guard "${write('progress.json', PUBLIC)}"`);
    expect(out).toMatch(/^\r\u001b\[Krunning the Guard/);
    expect(out.endsWith('\r\u001b[K')).toBe(true);
  });

  test('--quiet writes no progress, and a pipe gets none either', () => {
    expect(onTerminal(`scan --quiet --engine guard "${write('progress-q.json', PUBLIC)}"`)).toBe('');
    const piped = spawnSync(process.execPath, [cli, 'scan', '--engine', 'guard', write('progress-p.json', PUBLIC)], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });

  test('--output FILE writes the report to the file and prints only the summary', () => {
    const out = path.join(dir, 'report.sarif');
    const r = run('scan', '--format', 'sarif', '--output', out, write('summary.json', PUBLIC));
    expect(r.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expect(r.out).not.toMatch(/ERROR HealthData-/);
    expect(r.out).toMatch(/^by category: P \d+, H \d+, E \d+\nby rule: .*\n1 template\(s\) scanned, \d+ unacknowledged finding\(s\), 0 could not be checked\n$/);
  });

  test('--quiet prints nothing but the inputs that could not be checked', () => {
    let out = '';
    let err = '';
    const code = main(['scan', '--quiet', write('quiet.json', PUBLIC), path.join(dir, 'nope.json')], (s) => (out += s), (s) => (err += s));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/nope\.json: no such file or directory\n$/);
  });
});
