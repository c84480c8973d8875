import { isOpen } from '../../rules/evaluate';
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
    const open = f.findings.filter(isOpen).length;
    lines.push(`${f.file}: ${open} finding(s)${open < f.findings.length ? `, ${f.findings.length - open} acknowledged` : ''}`);
    for (const x of f.findings) {
      if (isOpen(x)) findings++;
      const mark = isOpen(x) ? x.severity.toUpperCase() : 'ACKNOWLEDGED';
      lines.push(`  ${mark} ${x.ruleId} ${x.logicalId} ${x.path}${x.engine ? ` (${x.engine})` : ''}`);
      lines.push(`    ${x.message}`);
      if (x.acknowledgment) {
        const a = x.acknowledgment;
        lines.push(`    acknowledgment: ${a.message ?? `${a.reason}${a.ticket ? ` (ticket ${a.ticket}` : ''}${a.expires ? `, expires ${a.expires})` : a.ticket ? ')' : ''}`}`);
      }
    }
  }
  lines.push('');
  lines.push(`${result.files.length} template(s) scanned, ${findings} unacknowledged finding(s), ${errors} could not be checked`);
  return `${lines.join('\n')}\n`;
}
