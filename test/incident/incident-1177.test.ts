/**
 * The 1177 incident as a hand-written template (examples/incident-1177.yaml): a call-recording
 * file server with a public IP, HTTP open to the world, an unencrypted volume, and recordings in
 * a bucket without TLS enforcement, encryption or a public access block. Every engine must
 * refuse it with exactly these rules. (bin/incident.ts rebuilds it in CDK: test/app.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
import { foundBy } from '../../lib/engine/evaluate';
import { main } from '../../lib/scan/cli';
import { scanPaths } from '../../lib/scan/scan';
import { parseTemplateText } from '../../lib/template/load';
import { appFromTemplate } from '../support/harness';

const FILE = path.join(__dirname, '..', '..', 'examples', 'incident-1177.yaml');
const EXPECTED = [
  'HealthData-Ec2InstanceNoPublicIp FileServer', // the server had an address on the internet
  'HealthData-Ec2InstanceVolumesEncrypted FileServer',
  'HealthData-Ec2SecurityGroupNoPublicIngress FileServerSecurityGroup', // reachable by anyone
  'HealthData-Ec2SecurityGroupNoPublicPlaintextPorts FileServerSecurityGroup', // over plain HTTP
  'HealthData-Ec2SubnetNoAutoPublicIp PublicSubnet',
  'HealthData-Ec2VolumeCustomerKeyEncrypted RecordingsVolume',
  'HealthData-Ec2VolumeEncrypted RecordingsVolume', // recordings stored unencrypted
  'HealthData-S3BucketCustomerKeyEncrypted RecordingsBucket',
  'HealthData-S3BucketPublicAccessBlocked RecordingsBucket',
  'HealthData-S3BucketRequiresTls RecordingsBucket', // no TLS enforcement
];
const ids = (pairs: string[]) => [...new Set(pairs.map((p) => p.split(' ')[0]))].sort();

describe('the 1177 incident, as a template', () => {
  const result = scanPaths([FILE], { engine: 'all' });
  const findings = result.files[0].findings;

  test('the scanner (rules engine) fails it with exactly the expected (rule, resource) pairs', () => {
    expect(result.files[0].status).toBe('checked');
    expect([...new Set(findings.filter((f) => foundBy(f, 'rules')).map((f) => `${f.ruleId} ${f.logicalId}`))].sort()).toEqual(EXPECTED);
  });

  test('the Guard policies fail it with exactly the same rule ids', () => {
    expect([...new Set(findings.filter((f) => foundBy(f, 'guard')).map((f) => f.ruleId))].sort()).toEqual(ids(EXPECTED));
  });

  test('the cdk-nag pack fails it with exactly the same pairs when the template is rendered by CDK', () => {
    const app = appFromTemplate(parseTemplateText(fs.readFileSync(FILE, 'utf8')));
    const report = new HealthDataChecks(app).validateScope(app);
    const pairs = report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${r.constructPath!.split('/').pop()}`));
    expect([...new Set(pairs)].sort()).toEqual(EXPECTED);
  });

  test('it covers all three categories: public, plaintext and unencrypted', () => {
    expect([...new Set(findings.map((f) => f.category))].sort()).toEqual(['E', 'H', 'P']);
  });
});

describe('the 1177 incident, as a person reads the scanner report', () => {
  /** (rule, resource) of each finding line of the text report, in order. */
  function textPairs(engine: string): string[] {
    let out = '';
    expect(main(['scan', '--engine', engine, FILE], (s) => { out += s; }, () => undefined)).toBe(1);
    const pairs: string[] = [];
    let resource = '';
    for (const line of out.split('\n')) {
      const r = /^ {2}(\S.*)$/.exec(line);
      if (r) resource = /^AWS::\S+ (\S+)$/.exec(r[1])?.[1] ?? r[1];
      const f = /^ {4}ERROR (HealthData-\w+) at /.exec(line);
      if (f) pairs.push(`${f[1]} ${resource}`);
    }
    expect(out).toMatch(new RegExp(`1 template\\(s\\) scanned, ${EXPECTED.length} unacknowledged finding\\(s\\), 0 could not be checked\\n$`));
    return pairs;
  }

  test.each(['rules', 'guard', 'all'])('--engine %s lists each of the 10 problems once, on the resource that is wrong', (engine) => {
    const pairs = textPairs(engine);
    expect(pairs.length).toBe(EXPECTED.length);
    expect([...pairs].sort()).toEqual(EXPECTED);
  });

  test('Guard findings carry a violation message and the fix, never the rule\'s passing condition', () => {
    const guard = scanPaths([FILE], { engine: 'guard' }).files[0].findings;
    const pab = guard.find((f) => f.ruleId === 'HealthData-S3BucketPublicAccessBlocked')!;
    expect(pab.message).toMatch(/^\[HealthData-S3BucketPublicAccessBlocked\] AWS::S3::Bucket 'RecordingsBucket': Properties: An S3 bucket must block public access .* Fix: Set PublicAccessBlockConfiguration/);
    for (const f of guard) expect(f.message).not.toMatch(/\[FIX\]|^The /);
  });

  test('with both engines, one finding per rule and resource names the engines that agree and every path', () => {
    const all = scanPaths([FILE], { engine: 'all' }).files[0].findings;
    const sg = all.find((f) => f.ruleId === 'HealthData-Ec2SecurityGroupNoPublicPlaintextPorts')!;
    expect(sg.engines).toEqual(['rules', 'guard']);
    expect(sg.paths).toEqual(expect.arrayContaining(['Properties.SecurityGroupIngress[0].FromPort', 'Properties.SecurityGroupIngress[0].CidrIp']));
  });
});
