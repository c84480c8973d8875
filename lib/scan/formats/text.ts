import type { ScanResult } from '../scan';

/** The human report: one line per finding, grouped by file, and a summary line. */
export function formatText(result: ScanResult): string {
  const lines: string[] = [];
  let findings = 0;
  let errors = 0;
  for (const f of result.files) {
    if (f.status === 'error') {
      errors++;
      lines.push(`${f.file}: ERROR ${f.error}`);
      continue;
    }
    if (f.findings.length === 0) {
      lines.push(`${f.file}: ok`);
      continue;
    }
    lines.push(`${f.file}: ${f.findings.length} finding(s)`);
    for (const x of f.findings) {
      findings++;
      lines.push(`  ${x.severity.toUpperCase()} ${x.ruleId} ${x.logicalId} ${x.path}${x.engine ? ` (${x.engine})` : ''}`);
      lines.push(`    ${x.message}`);
    }
  }
  lines.push('');
  lines.push(`${result.files.length} template(s) scanned, ${findings} finding(s), ${errors} could not be checked`);
  return `${lines.join('\n')}\n`;
}
