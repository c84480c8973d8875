// Secure-by-construction building blocks for health-data storage. One construct per file.
export { HealthDataConstructError, type HealthDataErrorCode } from './guard-props';
export { ACKNOWLEDGMENTS, type HealthDataPeers } from './shared';
export * from './health-data-key';
export * from './health-data-network';
export * from './health-data-bucket';
export * from './health-data-file-system';
export * from './health-data-database';
export * from './health-data-load-balancer';
export * from './health-data-sftp-server';
export * from './call-recording-archive';
