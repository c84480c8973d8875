/**
 * The 1177 incident as a hand-written template (examples/incident-1177.yaml): a call-recording
 * file server with a public IP, HTTP open to the world, an unencrypted volume, and recordings in
 * a bucket without TLS enforcement, encryption or a public access block. Every engine must
 * refuse it with exactly these rules. (bin/incident.ts rebuilds it in CDK: test/app.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { HealthDataChecks } from '../../lib/packs/health-data-checks';
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
    expect([...new Set(findings.filter((f) => f.engine === 'rules').map((f) => `${f.ruleId} ${f.logicalId}`))].sort()).toEqual(EXPECTED);
  });

  test('the Guard policies fail it with exactly the same rule ids', () => {
    expect([...new Set(findings.filter((f) => f.engine === 'guard').map((f) => f.ruleId))].sort()).toEqual(ids(EXPECTED));
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
