/**
 * The scanner: judge template files with the catalog, without CDK. The result
 * is data; formatters render it and never decide compliance.
 */
import * as fs from 'fs';
import { evaluateTemplate, type Finding } from '../rules/evaluate';
import { Template } from '../template/template';
import { expandInputs, type Input } from './inputs';

export interface FileResult {
  readonly file: string;
  readonly status: 'checked' | 'error';
  readonly error?: string;
  readonly findings: Finding[];
}

export interface ScanResult {
  readonly tool: { readonly name: string; readonly version: string };
  readonly files: FileResult[];
}

export function toolInfo(): { name: string; version: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../package.json') as { version: string };
  return { name: 'cdk-health-data', version: pkg.version };
}

/** Judge one input. */
export function scanInput(input: Input): FileResult {
  if (input.error) return { file: input.file, status: 'error', error: input.error, findings: [] };
  let template: Template;
  try {
    const text = input.text ?? fs.readFileSync(input.file, 'utf8');
    template = Template.parse(text, input.file);
  } catch (e) {
    return { file: input.file, status: 'error', error: (e as Error).message, findings: [] };
  }
  return { file: input.file, status: 'checked', findings: evaluateTemplate(template) };
}

/** Judge every template named by the paths (files, directories, cloud assemblies, `-`). */
export function scanPaths(paths: readonly string[], readStdin?: () => string): ScanResult {
  const files = expandInputs(paths, readStdin).map(scanInput);
  return { tool: toolInfo(), files };
}

/** 0: nothing found; 1: findings; 2: an input could not be checked (takes precedence). */
export function exitCode(result: ScanResult): number {
  if (result.files.length === 0 || result.files.some((f) => f.status === 'error')) return 2;
  return result.files.some((f) => f.findings.length > 0) ? 1 : 0;
}
