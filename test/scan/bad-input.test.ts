/**
 * Inputs that must never hang, crash or quietly pass the gate: each is exit 2 with a one-line
 * reason naming the input (or, for a valid template, a finding), and the report still covers
 * the inputs that could be checked.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/scan/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bad-'));
const PUBLIC = JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } } });

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** The JSON report of a scan: exit code and each file's status and error. */
function scanJson(...paths: string[]) {
  const r = run('scan', '--format', 'json', ...paths);
  return { code: r.code, files: JSON.parse(r.out).files.map((f: { file: string; status: string; error?: string }) => ({ file: path.relative(dir, f.file), status: f.status, ...(f.error ? { error: f.error } : {}) })) };
}

describe('bad input: exit 2 with the reason, never a hang, a crash or a pass', () => {
  test('a FIFO named *.json is refused without being opened (it would block for ever)', () => {
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(scanJson(fifo)).toEqual({ code: 2, files: [{ file: 'pipe.json', status: 'error', error: 'is not a regular file (a FIFO): only template files are read' }] });
  });

  test('a *.json symlink to /dev/zero is refused (it would grow memory without bound)', () => {
    const link = path.join(dir, 'zero.json');
    fs.symlinkSync('/dev/zero', link);
    expect(scanJson(link)).toEqual({ code: 2, files: [{ file: 'zero.json', status: 'error', error: 'is not a regular file (a device): only template files are read' }] });
  });

  test('an input over the size limit is refused, and the limit can be raised', () => {
    const big = write('big/template.json', PUBLIC + ' '.repeat(2000));
    process.env.CDK_HEALTH_DATA_MAX_BYTES = '1000';
    try {
      expect(scanJson(big)).toEqual({ code: 2, files: [{ file: 'big/template.json', status: 'error', error: expect.stringMatching(/^is \d+ bytes, over the limit of 1000 \(set CDK_HEALTH_DATA_MAX_BYTES to raise it\)$/) }] });
    } finally {
      delete process.env.CDK_HEALTH_DATA_MAX_BYTES;
    }
    expect(scanJson(big).code).toBe(1);
  });

  test('a directory with a symlink loop is walked once, and its templates are judged', () => {
    const loop = path.join(dir, 'loop');
    write('loop/t.json', PUBLIC);
    fs.symlinkSync(loop, path.join(loop, 'again'));
    expect(scanJson(loop)).toEqual({ code: 1, files: [{ file: 'loop/t.json', status: 'checked' }] });
    expect(run('scan', `${loop}/**/*.json`).code).toBe(1);
  });

  test.each([
    ['null', 'null', 'cloud assembly manifest is not an object with an artifacts map'],
    ['an array', '[]', 'cloud assembly manifest is not an object with an artifacts map'],
    ['a null artifact', '{"artifacts":{"S":null}}', "artifact 'S' of the cloud assembly manifest is not an object"],
    ['a missing nested assembly', '{"artifacts":{"Stage":{"type":"cdk:cloud-assembly","properties":{"directoryName":"assembly-Stage"}}}}', "nested cloud assembly 'Stage' (assembly-Stage) is missing: its stacks cannot be judged"],
  ])('a cloud assembly manifest that is %s is an input error', (what, text, error) => {
    const asm = path.join(dir, `asm-${what.replace(/\W/g, '')}`);
    write(path.relative(dir, path.join(asm, 'manifest.json')), text);
    expect(scanJson(asm)).toEqual({ code: 2, files: [{ file: path.relative(dir, path.join(asm, 'manifest.json')), status: 'error', error }] });
  });

  test('an unreadable input does not hide the findings of the others', () => {
    const good = write('mixed/public.json', PUBLIC);
    const r = scanJson(good, path.join(dir, 'mixed', 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.files.map((f: { status: string }) => f.status)).toEqual(['checked', 'error']);
  });

  test('a chain of 10 conditions, each an Fn::Or of 10, is judged at once (it hung: each condition was evaluated 10^n times)', () => {
    const Conditions: Record<string, unknown> = { C0: { 'Fn::Equals': [{ Ref: 'P' }, 'a'] } };
    const Resources: Record<string, unknown> = {};
    for (let i = 1; i <= 10; i++) Conditions[`C${i}`] = { 'Fn::Or': Array.from({ length: 10 }, () => ({ Condition: `C${i - 1}` })) };
    for (let i = 0; i <= 10; i++) Resources[`B${i}`] = { Type: 'AWS::S3::Bucket', Condition: `C${i}`, Properties: { BucketName: { 'Fn::If': [`C${i}`, 'a', 'b'] } } };
    // No timing assertion (speed is measured by npm run bench): the old code did not finish within jest's timeout.
    const r = scanJson(write('conditions.json', JSON.stringify({ Parameters: { P: { Type: 'String' } }, Conditions, Resources })));
    expect(r.code).toBe(1); // the buckets are judged (and fail), whatever P is
  });

  test.each([
    ['an unknown YAML tag (CloudFormation cannot parse it; the parser would drop it)', 'bad-tag.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration: !Foo x\n', /not a CloudFormation template: Unresolved tag: !Foo \(CloudFormation knows only its intrinsic function tags\)$/],
    ['Properties given as a string (it was read as {})', 'string-props.json', JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: 'public' } } }), /resource 'B' has 'Properties' that are not an object \(found: "public"\), so it cannot be judged/],
  ])('%s is not checkable', (_what, name, text, error) => {
    const r = scanJson(write(name, text as string));
    expect(r.code).toBe(2);
    expect(r.files[0].error).toMatch(error as RegExp);
  });

  test('--format constructor is an unknown format, not a crash through the object prototype', () => {
    const r = run('scan', '--format', 'constructor', write('c.json', PUBLIC));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^unknown format 'constructor': expected text, json, sarif, junit/);
  });
});

describe('output that cannot be forged', () => {
  test('control characters in logical ids and file names are escaped in the text report', () => {
    const evil = JSON.stringify({ Resources: { 'Bucket\n0 unacknowledged finding(s)\u001b[2J': { Type: 'AWS::S3::Bucket', Properties: {} } } });
    const r = run('scan', write('evil\u001b]0;x\u0007.json', evil));
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.out.split('\n').filter((l) => /^\d+ unacknowledged/.test(l) || /^0 unacknowledged/.test(l))).toEqual([]);
    expect(r.out).toMatch(/Bucket\\u000a0 unacknowledged finding\(s\)\\u001b\[2J/);
  });

  test('JSON keeps the logical id exactly as written', () => {
    const id = 'Bucket\n\u001b[31m';
    const r = run('scan', '--format', 'json', write('evil2.json', JSON.stringify({ Resources: { [id]: { Type: 'AWS::S3::Bucket', Properties: {} } } })));
    expect(JSON.parse(r.out).files[0].findings[0].logicalId).toBe(id);
  });
});

describe('bounded Guard runs', () => {
  afterEach(() => {
    delete process.env.CDK_HEALTH_DATA_GUARD_TIMEOUT;
    delete process.env.CDK_HEALTH_DATA_GUARD_MEMORY_MB;
  });

  test('a cfn-guard run past its time limit is killed and reported (exit 2), never a pass', () => {
    process.env.CDK_HEALTH_DATA_GUARD_TIMEOUT = '0.01';
    const r = scanJson('--engine', 'guard', write('slow.json', PUBLIC));
    expect(r).toEqual({ code: 2, files: [{ file: 'slow.json', status: 'error', error: expect.stringMatching(/^the Guard engine failed: cfn-guard did not finish within 0\.01 s judging \d+ policies on .*; nothing is proven$/) }] });
  });

  test('a cfn-guard run past its memory limit is reported (exit 2), never a pass', () => {
    process.env.CDK_HEALTH_DATA_GUARD_MEMORY_MB = '4';
    const r = scanJson('--engine', 'guard', write('big-memory.json', PUBLIC));
    expect(r.code).toBe(2);
    expect(r.files[0].error).toMatch(/^the Guard engine failed: cfn-guard (stopped|failed|could not be run|reported an error)/);
  });
});

describe('large templates', () => {
  test('SARIF for a template past the full-locate size places findings at their resource key, without a positioned parse', () => {
    const body = { Resources: { Pad: { Type: 'AWS::CloudFormation::WaitConditionHandle', Metadata: { blob: 'x'.repeat(5 * 1024 * 1024) } }, Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } } };
    const text = JSON.stringify(body, null, 2);
    const file = write('large.json', text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"Bucket":')) + 1;
    const r = run('scan', '--format', 'sarif', file);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.out).runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { region?: { startLine: number; startColumn: number } } }> }>;
    const pab = results.find((x) => x.ruleId === 'HealthData-S3BucketPublicAccessBlocked')!;
    expect(pab.locations[0].physicalLocation.region).toEqual({ startLine: line, startColumn: lines[line - 1].indexOf('"Bucket"') + 1 });
  });
});

describe('report files that cannot be written', () => {
  test.each([
    ['a directory', () => dir, /^--output .*: is not a regular file \(a directory\?\): name a file to write the report to\n$/],
    ['a file in a folder that does not exist', () => path.join(dir, 'no', 'such', 'report.sarif'), /^--output .*: its folder .*no\/such does not exist\n$/],
  ])('--output to %s is refused before scanning (exit 2, one line)', (_what, target, message) => {
    const r = run('scan', '--format', 'sarif', '--output', target(), write('out.json', PUBLIC));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});
