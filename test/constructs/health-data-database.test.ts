import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { HealthDataDatabase } from '../../lib/constructs';
import { network } from './fixtures';
import { synthWithChecks, templateOf } from './support';

describe('HealthDataDatabase', () => {
  const t = templateOf((s) => { new HealthDataDatabase(s, 'D', { network: network(s) }); });

  test('encrypted, IAM auth, deletion protection, 14 days of backups, log exported', () => {
    t.hasResourceProperties('AWS::RDS::DBCluster', {
      StorageEncrypted: true, KmsKeyId: Match.anyValue(), EnableIAMDatabaseAuthentication: true, DeletionProtection: true,
      BackupRetentionPeriod: 14, EnableCloudwatchLogsExports: ['postgresql'], Port: 5433,
    });
  });
  test('instances are not publicly accessible', () => {
    t.allResourcesProperties('AWS::RDS::DBInstance', { PubliclyAccessible: false });
  });
  test('rds.force_ssl = 1', () => {
    t.hasResourceProperties('AWS::RDS::DBClusterParameterGroup', { Parameters: Match.objectLike({ 'rds.force_ssl': '1' }) });
  });
  test('master secret encrypted with the key and rotated', () => {
    t.hasResourceProperties('AWS::SecretsManager::Secret', { KmsKeyId: Match.anyValue() });
    t.resourceCountIs('AWS::SecretsManager::RotationSchedule', 1);
  });
  test('fails: publiclyAccessible is refused', () => {
    expect(() => templateOf((s) => { new HealthDataDatabase(s, 'D', { network: network(s), publiclyAccessible: true } as never); }))
      .toThrow(/'publiclyAccessible' is not allowed on HealthDataDatabase \(got true\)/);
  });
  test('fails: parameters that could switch off force_ssl are refused', () => {
    expect(() => templateOf((s) => { new HealthDataDatabase(s, 'D', { network: network(s), parameters: { 'rds.force_ssl': '0' } } as never); }))
      .toThrow(/'parameters' is not allowed on HealthDataDatabase/);
  });
  test('fails: backups shorter than 7 days', () => {
    expect(() => templateOf((s) => { new HealthDataDatabase(s, 'D', { network: network(s), backupRetention: Duration.days(1) }); }))
      .toThrow(/'backupRetention' on HealthDataDatabase is insecure \(got "1 day"\)/);
  });
  test('fails: database port open to a public range', () => {
    expect(() => templateOf((s) => { new HealthDataDatabase(s, 'D', { network: network(s), allowFrom: { privateCidrs: ['1.2.3.0/24'] } }); }))
      .toThrow(/'allowFrom.privateCidrs' on HealthDataDatabase is insecure/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new HealthDataDatabase(s, 'D', { network: network(s) }); }).findings).toEqual([]);
  });
});
