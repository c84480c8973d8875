/**
 * The public API is what lib/index.ts exports, and nothing else: a name added or removed here is a
 * change users see (README, "Changelog").
 */
import * as api from '../../lib';

test('the package root exports the pack, the Guard validator, the constructs, acknowledgments, the catalog and the scanner', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ACKNOWLEDGMENTS',
    'CATALOG',
    'CallRecordingArchive',
    'HEALTH_DATA_BUCKET_DEFAULTS',
    'HEALTH_DATA_DATABASE_DEFAULTS',
    'HEALTH_DATA_FILE_SYSTEM_DEFAULTS',
    'HEALTH_DATA_KEY_DEFAULTS',
    'HEALTH_DATA_LOAD_BALANCER_DEFAULTS',
    'HEALTH_DATA_NETWORK_DEFAULTS',
    'HEALTH_DATA_SFTP_DEFAULTS',
    'HEALTH_DATA_TLS_POLICIES',
    'HealthDataBucket',
    'HealthDataChecks',
    'HealthDataConstructError',
    'HealthDataDatabase',
    'HealthDataFileSystem',
    'HealthDataGuardValidator',
    'HealthDataKey',
    'HealthDataLoadBalancer',
    'HealthDataNetwork',
    'HealthDataSftpServer',
    'NEVER_ACKNOWLEDGEABLE',
    'acknowledgeHealthData',
    'exitCode',
    'healthDataGuardValidator',
    'scanPaths',
  ]);
});
