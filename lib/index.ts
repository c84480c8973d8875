// The public API of cdk-health-data: exports only. Anything not named here is internal
// and may change in any release (README, "Changelog").
export { HealthDataChecks, type HealthDataChecksProps } from './packs/health-data-checks';
export { HealthDataGuardValidator, healthDataGuardValidator, type HealthDataGuardValidatorProps } from './packs/guard-validator';
export { acknowledgeHealthData } from './packs/acknowledgments';
export type { Acknowledgment, GovernedAcknowledgment } from './catalog/acknowledgment';
export { CATALOG } from './catalog';
export { NEVER_ACKNOWLEDGEABLE } from './catalog/never-acknowledgeable';
export type { CatalogEntry, Category, GuardDifference, Severity } from './catalog/types';
export { scanPaths, exitCode, type ScanResult, type ScanOptions, type FileResult, type Engine } from './scan/scan';
export type { Finding, FindingAcknowledgment } from './engine/evaluate';
export * from './constructs';
