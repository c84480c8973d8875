/** RULES.md, generated from the catalog (never edited by hand). */
import { CATALOG } from './index';
import type { CatalogEntry, Category } from './types';

const CATEGORY: Record<Category, string> = {
  P: 'P: public reachability',
  H: 'H: plaintext transport',
  E: 'E: unencrypted at rest',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRulesMarkdown(catalog: readonly CatalogEntry[] = CATALOG): string {
  const lines = [
    '# HealthData rules',
    '',
    '<!-- Generated from lib/catalog by `npm run rules-md`; a test fails when this file is stale. -->',
    '',
    `${catalog.length} rules. Each rule lives in \`lib/rules/<service>/<Name>.ts\`, its tests in \`test/rules/<service>/<Name>.test.ts\`.`,
    'Acknowledge a finding with `Validations.of(construct).acknowledge({ id: \'HealthData-<Name>\', reason: \'...\' })`.',
    '',
  ];
  for (const cat of ['P', 'H', 'E'] as Category[]) {
    const rules = catalog.filter((e) => e.category === cat).sort((a, b) => a.id.localeCompare(b.id));
    lines.push(`## ${CATEGORY[cat]} (${rules.length})`, '');
    lines.push('| id | resources | checks | fix |', '|---|---|---|---|');
    for (const e of rules) {
      lines.push(`| [\`${e.id}\`](lib/rules/${e.service}/${e.name}.ts) | ${e.resourceTypes.map((t) => `\`${t}\``).join(', ')} | ${cell(e.title)} | ${cell(e.fix)} |`);
    }
    lines.push('');
  }
  lines.push('## Why, controls and decisions', '');
  for (const e of [...catalog].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`### ${e.id}`, '');
    lines.push(`- Category: ${e.category}; severity: ${e.severity}`);
    lines.push(`- Why: ${e.rationale}`);
    lines.push(`- Controls: ${e.controls.join('; ')}`);
    if (e.notes) lines.push(`- Decisions: ${e.notes}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
