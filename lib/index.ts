// The public API of cdk-health-data.
export { HealthDataChecks, type HealthDataChecksProps } from './packs/health-data-checks';
export { HealthDataGuardValidator, healthDataGuardValidator, type HealthDataGuardValidatorProps } from './packs/guard-validator';
export { acknowledgeHealthData, type GovernedAcknowledgment } from './packs/acknowledgments';
export { scanPaths, exitCode, type ScanResult, type FileResult, type Engine } from './scan/scan';
export { CATALOG } from './catalog';
export type { CatalogEntry, Category, Severity } from './catalog/types';
export { evaluateTemplate, type Finding } from './rules/evaluate';
export { Template, Resource } from './template/template';
export { TemplateParseError } from './template/load';
export * from './constructs';
