/**
 * SARIF 2.1.0: one run per engine, the rules generated from the catalog, results
 * located at the resource or property in the template file, acknowledged findings
 * reported with their suppression, and inputs that could not be checked as
 * tool execution notifications (the run is then not successful).
 */
import * as path from 'path';
import { CATALOG } from '../../catalog';
import { foundBy, type Finding } from '../../engine/evaluate';
import type { ScanResult } from '../scan';

const INFO_URI = 'https://github.com/cdk-health-data/cdk-health-data';

function uri(file: string): string {
  if (file === '-') return 'stdin';
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return rel.split(path.sep).join('/');
}

function rules() {
  return CATALOG.map((e) => ({
    id: e.id,
    name: e.name,
    shortDescription: { text: e.title },
    fullDescription: { text: e.rationale },
    help: { text: `Fix: ${e.fix}`, markdown: `**Fix:** ${e.fix}\n\n**Controls:** ${e.controls.join('; ')}` },
    helpUri: `${INFO_URI}/blob/main/lib/rules/${e.service}/${e.name}.ts`,
    defaultConfiguration: { level: e.severity === 'error' ? 'error' : 'warning' },
    properties: {
      category: e.category,
      controls: [...e.controls],
      tags: ['health-data', `category-${e.category}`, e.service],
      acknowledgeable: e.acknowledgeable !== false,
    },
  }));
}

function result(f: Finding, file: string, index: Map<string, number>) {
  const a = f.acknowledgment;
  return {
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uri(file) },
        ...(f.location ? { region: { startLine: f.location.line, startColumn: f.location.column } } : {}),
      },
      logicalLocations: [{ name: f.logicalId, fullyQualifiedName: f.constructPath ?? f.logicalId, kind: 'resource' }],
    }],
    partialFingerprints: { 'healthData/v1': `${f.ruleId}|${f.logicalId}|${f.path}` },
    properties: {
      logicalId: f.logicalId,
      resourceType: f.resourceType,
      propertyPath: f.path,
      ...(f.paths && f.paths.length > 1 ? { propertyPaths: [...f.paths] } : {}),
      category: f.category,
      ...(f.constructPath ? { constructPath: f.constructPath } : {}),
    },
    ...(a ? {
      suppressions: [{
        kind: 'inSource',
        status: a.status === 'active' ? 'accepted' : 'rejected',
        justification: a.status === 'active'
          ? `${a.reason}${a.ticket ? ` (ticket ${a.ticket}${a.expires ? `, expires ${a.expires}` : ''})` : ''}`
          : a.message ?? a.reason,
      }],
    } : {}),
  };
}

export function formatSarif(result0: ScanResult, engines: ReadonlyArray<'rules' | 'guard'> = ['rules', 'guard']): string {
  const ruleList = rules();
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const errors = result0.files.filter((f) => f.status === 'error');
  const runs = engines.map((engine) => ({
    tool: {
      driver: {
        name: 'cdk-health-data',
        fullName: `cdk-health-data (${engine === 'rules' ? 'rules engine' : 'Guard policies'})`,
        version: result0.tool.version,
        semanticVersion: result0.tool.version,
        informationUri: INFO_URI,
        rules: ruleList,
      },
    },
    automationDetails: { id: `cdk-health-data/${engine}/` },
    invocations: [{
      executionSuccessful: errors.length === 0,
      toolExecutionNotifications: errors.map((f) => ({
        level: 'error',
        message: { text: `${f.file}: ${f.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.file) } } }],
      })),
    }],
    results: result0.files.flatMap((f) => f.findings.filter((x) => foundBy(x, engine)).map((x) => result(x, f.file, index))),
  }));
  return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2)}\n`;
}
