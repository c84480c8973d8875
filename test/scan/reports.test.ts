import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { main } from '../../lib/scan/cli';
import { expandGlob } from '../../lib/scan/inputs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-reports-'));
const write = (name: string, body: string) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  return file;
};

const PUBLIC_YAML = write('public.yaml', [
  'Resources:',
  '  Handle:',
  '    Type: AWS::CloudFormation::WaitConditionHandle',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      AccessControl: PublicRead',
  '      PublicAccessBlockConfiguration:',
  '        BlockPublicAcls: false',
  '',
].join('\n'));
const ACKED = write('acked.json', JSON.stringify({
  Resources: {
    Bucket: {
      Type: 'AWS::S3::Bucket',
      Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true } },
      Metadata: { cdk_health_data: { acknowledgments: [{ id: 'HealthData-S3BucketPublicAccessBlocked', reason: 'test exception', ticket: 'SEC-9', expires: '2999-12-31' }] } },
    },
  },
}, null, 2));
const CLEAN = write('clean.json', JSON.stringify({ Resources: { Handle: { Type: 'AWS::CloudFormation::WaitConditionHandle' } } }));
const BROKEN = write('broken.json', '{"Resources": ');

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

describe('SARIF 2.1.0', () => {
  test.each([
    ['findings', [PUBLIC_YAML], 1],
    ['no findings', [CLEAN], 0],
    ['acknowledged findings', [ACKED], 1],
    ['input errors', [BROKEN, path.join(dir, 'missing.json')], 2],
  ])('validates against the SARIF 2.1.0 schema: %s', (_what, files, code) => {
    const r = run('scan', '--format', 'sarif', '--engine', 'all', ...(files as string[]));
    expect(r.code).toBe(code);
    const log = JSON.parse(r.out);
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.runs.map((x: { automationDetails: { id: string } }) => x.automationDetails.id)).toEqual(['cdk-health-data/rules/', 'cdk-health-data/guard/']);
  });

  test('the schema rejects a broken log (the check can fail)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'bogus', message: { text: 'm' } }] }] })).toBe(false);
  });

  test('rules come from the catalog; results point at the line and column of the property', () => {
    const log = JSON.parse(run('scan', '--format', 'sarif', '--engine', 'rules', PUBLIC_YAML).out);
    const [runOfRules] = log.runs;
    const acl = runOfRules.results.find((x: { ruleId: string }) => x.ruleId === 'HealthData-S3BucketAclNotPublic');
    expect(acl.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 7 });
    expect(acl.locations[0].logicalLocations[0].name).toBe('Bucket');
    const rule = runOfRules.tool.driver.rules[acl.ruleIndex];
    expect(rule.id).toBe('HealthData-S3BucketAclNotPublic');
    expect(rule.properties.category).toBe('P');
    expect(rule.help.text).toMatch(/^Fix: /);
    const pab = runOfRules.results.find((x: { ruleId: string; properties: { propertyPath: string } }) => x.properties.propertyPath === 'Properties.PublicAccessBlockConfiguration.BlockPublicAcls');
    expect(pab.locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 9 });
  });

  test('an acknowledged finding is reported with its suppression and justification', () => {
    const log = JSON.parse(run('scan', '--format', 'sarif', '--engine', 'rules', ACKED).out);
    const r = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'HealthData-S3BucketPublicAccessBlocked');
    expect(r.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'test exception (ticket SEC-9, expires 2999-12-31)' }]);
  });

  test('--output writes the report and prints the text summary', () => {
    const out = path.join(dir, 'report.sarif');
    const r = run('scan', '--format', 'sarif', '--output', out, CLEAN);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 template\(s\) scanned, 0 unacknowledged finding/);
    expect(validateSarif(JSON.parse(fs.readFileSync(out, 'utf8')))).toBe(true);
  });
});

describe('JUnit XML', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(xml);

  test('one test case per (template, rule) evaluated; failures carry the message; input errors are errors', () => {
    const r = run('scan', '--format', 'junit', '--engine', 'rules', PUBLIC_YAML, CLEAN, BROKEN);
    expect(r.code).toBe(2);
    const doc = parse(r.out);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => path.basename(s.name))).toEqual(['public.yaml', 'clean.json', 'broken.json']);
    const bucketCases = suites[0].testcase;
    expect(bucketCases.length).toBeGreaterThan(3);
    for (const c of bucketCases) expect(c.name).toMatch(/^HealthData-/);
    const acl = bucketCases.find((c: { name: string }) => c.name === 'HealthData-S3BucketAclNotPublic');
    expect(acl.failure['#text']).toMatch(/Bucket.*AccessControl/);
    expect(acl.failure.type).toBe('P');
    expect(suites[1].tests).toBe('0');
    expect(suites[2].errors).toBe('1');
    expect(suites[2].testcase[0].error.message).toMatch(/not valid JSON/);
    expect(Number(doc.testsuites.failures)).toBe(suites[0].testcase.filter((c: { failure?: unknown }) => c.failure).length);
  });

  test('an acknowledged finding passes and says so', () => {
    const doc = parse(run('scan', '--format', 'junit', '--engine', 'rules', ACKED).out);
    const c = doc.testsuites.testsuite[0].testcase.find((x: { name: string }) => x.name === 'HealthData-S3BucketPublicAccessBlocked');
    expect(c.failure).toBeUndefined();
    expect(c['system-out']).toMatch(/acknowledged Bucket: test exception \(ticket SEC-9, expires 2999-12-31\)/);
  });
});

describe('inputs', () => {
  test('a quoted glob is expanded by the scanner', () => {
    write('glob/a.template.json', '{}');
    write('glob/sub/b.template.json', '{}');
    write('glob/sub/c.json', '{}');
    expect(expandGlob(path.join(dir, 'glob', '**', '*.template.json')).map((f) => path.relative(dir, f))).toEqual(['glob/a.template.json', 'glob/sub/b.template.json']);
    expect(run('scan', path.join(dir, 'glob', '*.nothing')).code).toBe(2);
  });
});

describe('audit report', () => {
  test('lists per template and resource every rule evaluated, its result, acknowledgments and controls', () => {
    const md = path.join(dir, 'audit.md');
    const json = path.join(dir, 'audit.json');
    const r = run('report', '--engine', 'rules', '--output', md, '--json', json, ACKED, PUBLIC_YAML);
    expect(r.code).toBe(1);
    const text = fs.readFileSync(md, 'utf8');
    expect(text).toMatch(/^# Health-data compliance report/);
    expect(text).toMatch(/\| .*acked\.json \| Bucket \| HealthData-S3BucketPublicAccessBlocked \| active \| test exception \| SEC-9 \| 2999-12-31 \|/);
    expect(text).toMatch(/\| HealthData-S3BucketAclNotPublic \| P \| FAIL \| Properties\.AccessControl .*\| GDPR Art\. 32\(1\)\(b\)/);
    expect(text).toMatch(/\| HealthData-S3BucketPublicAccessBlocked \| P \| ACKNOWLEDGED \|/);
    const audit = JSON.parse(fs.readFileSync(json, 'utf8'));
    const bucket = audit.templates[0].resources.find((x: { logicalId: string }) => x.logicalId === 'Bucket');
    const pab = bucket.checks.find((c: { ruleId: string }) => c.ruleId === 'HealthData-S3BucketPublicAccessBlocked');
    expect(pab).toMatchObject({ result: 'acknowledged', acknowledgment: { status: 'active', ticket: 'SEC-9', expires: '2999-12-31' } });
    expect(pab.controls.length).toBeGreaterThan(0);
    expect(audit.templates[1].resources.map((x: { logicalId: string }) => x.logicalId)).toEqual(['Bucket']);
  });
});
