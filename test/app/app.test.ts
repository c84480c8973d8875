/**
 * The reference app and the incident app, each synthesized once with every check.
 */
import { buildApp } from '../../bin/app';
import { buildIncident } from '../../bin/incident';
import { ACKNOWLEDGMENTS } from '../../lib/constructs';
import { addPacks, newApp, synthesize, type Synthesized } from '../constructs/support';

describe('reference app (bin/app.ts)', () => {
  let result: Synthesized;
  beforeAll(() => {
    const app = newApp();
    buildApp(app);
    addPacks(app);
    result = synthesize(app);
  });

  test('synthesizes with zero findings from HealthData, HIPAA, NIST 800-53 R5, AwsSolutions and Control Tower', () => {
    expect(result.findings).toEqual([]);
    expect(result.error).toBeUndefined();
  });

  test('every acknowledgment is one of the documented ones', () => {
    const documented = Object.values(ACKNOWLEDGMENTS).map((a) => a.id.replace(/\[Resource::<[^>]+>/, '[Resource::<BUCKET.Arn>'));
    const used = new Set(result.acknowledged.map((f) => f.split(' ')[0].replace(/\[Resource::<[^>]+>/, '[Resource::<BUCKET.Arn>')));
    for (const id of used) expect(documented).toContain(id);
  });
});

describe('1177 incident app (bin/incident.ts)', () => {
  test('fails: public file server, plain HTTP, unencrypted volumes, bucket without TLS', () => {
    const app = newApp();
    buildIncident(app);
    addPacks(app, ['HealthData']);
    const result = synthesize(app);
    expect(result.error).toMatch(/ERROR \[HealthData-/);
    expect(result.findings.filter((f) => f.startsWith('HealthData::'))).toEqual([
      'HealthData::HealthData-Ec2InstanceNoPublicIp Incident1177/FileServer',
      'HealthData::HealthData-Ec2InstanceVolumesEncrypted Incident1177/FileServer',
      'HealthData::HealthData-Ec2SecurityGroupNoPublicIngress Incident1177/FileServerSg',
      'HealthData::HealthData-Ec2SecurityGroupNoPublicPlaintextPorts Incident1177/FileServerSg',
      'HealthData::HealthData-Ec2SubnetNoAutoPublicIp Incident1177/PublicSubnet',
      'HealthData::HealthData-Ec2VolumeCustomerKeyEncrypted Incident1177/RecordingsVolume',
      'HealthData::HealthData-Ec2VolumeEncrypted Incident1177/RecordingsVolume',
      'HealthData::HealthData-S3BucketCustomerKeyEncrypted Incident1177/RecordingsCopy',
      'HealthData::HealthData-S3BucketPublicAccessBlocked Incident1177/RecordingsCopy',
      'HealthData::HealthData-S3BucketRequiresTls Incident1177/RecordingsCopy',
    ]);
  });
});
