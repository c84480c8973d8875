/**
 * Every file generated from the rules (lib/rules/<service>/<Name>.ts), with its content.
 * `npm run generate` writes them; test/catalog/generated.test.ts fails when one is stale.
 */
import * as path from 'path';
import { CATALOG } from '../lib/catalog';
import { renderRulesMarkdown } from '../lib/catalog/markdown';

export const ROOT = path.join(__dirname, '..');

export interface GeneratedFile {
  /** Path from the repository root. */
  readonly file: string;
  readonly content: string;
}

/** The roster: the exact set of rule ids, one per line. Adding, renaming or removing a rule shows in its diff. */
export function renderRoster(): string {
  return `${CATALOG.map((e) => e.id).sort().join('\n')}\n`;
}

export function generatedFiles(): GeneratedFile[] {
  return [
    { file: 'RULES.md', content: renderRulesMarkdown() },
    { file: 'test/catalog/roster.txt', content: renderRoster() },
  ];
}
