import type { Category } from '../../catalog/types';
import { isOpen, type Finding } from '../../engine/evaluate';
import type { ScanResult } from '../scan';

export interface TextOptions {
  /** ANSI colour (the CLI turns it on for a terminal without NO_COLOR). Default: false. */
  readonly color?: boolean;
  /** Only the summary, not each finding (the CLI's `--output FILE` keeps the detail in the file). */
  readonly summaryOnly?: boolean;
}

/**
 * Anything that comes from an input (logical ids, file names, messages quoting values) with its
 * control characters escaped, so a template cannot move the cursor, colour the terminal or
 * forge report lines with an embedded newline.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CATEGORIES: Category[] = ['P', 'H', 'E'];

/**
 * The human report: findings grouped by file and by resource, each with its rule, the property
 * paths, the engines that found it and its message, then a summary (counts per category and
 * rule, acknowledged and refused acknowledgments, files that could not be checked).
 */
export function formatText(result: ScanResult, opts: TextOptions = {}): string {
  const paint = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const all = result.files.flatMap((f) => f.findings);
  if (!opts.summaryOnly) {
    for (const f of result.files) {
      if (f.status === 'error') {
        lines.push(`${printable(f.file)}: ${paint('31', 'ERROR')} ${printable(f.error ?? '')}`);
        continue;
      }
      if (f.findings.length === 0) {
        lines.push(`${printable(f.file)}: ok`);
        continue;
      }
      const open = f.findings.filter(isOpen).length;
      lines.push(`${printable(f.file)}: ${open} finding(s)${open < f.findings.length ? `, ${f.findings.length - open} acknowledged` : ''}`);
      for (const [resource, found] of byResource(f.findings)) {
        lines.push(`  ${paint('1', printable(resource))}`);
        for (const x of found) {
          const mark = isOpen(x) ? x.severity.toUpperCase() : 'ACKNOWLEDGED';
          const engines = x.engines ?? (x.engine ? [x.engine] : []);
          lines.push(`    ${paint(isOpen(x) ? (x.severity === 'error' ? '31' : '33') : '32', mark)} ${x.ruleId} at ${printable((x.paths ?? [x.path]).join(', '))}${engines.length ? ` (${engines.join(', ')})` : ''}`);
          lines.push(`      ${printable(x.message)}`);
          if (x.acknowledgment) {
            const a = x.acknowledgment;
            lines.push(`      acknowledgment ${a.status}: ${printable(a.message ?? `${a.reason}${a.ticket ? ` (ticket ${a.ticket}` : ''}${a.expires ? `, expires ${a.expires})` : a.ticket ? ')' : ''}`)}`);
          }
        }
      }
    }
    lines.push('');
  }
  const open = all.filter(isOpen);
  const errors = result.files.filter((f) => f.status === 'error');
  const perRule = new Map<string, number>();
  for (const x of open) perRule.set(x.ruleId, (perRule.get(x.ruleId) ?? 0) + 1);
  if (open.length) {
    lines.push(`by category: ${CATEGORIES.map((c) => `${c} ${open.filter((x) => x.category === c).length}`).join(', ')}`);
    lines.push(`by rule: ${[...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} ${n}`).join(', ')}`);
  }
  const acked = all.filter((x) => x.acknowledgment?.status === 'active').length;
  const refused = all.filter((x) => x.acknowledgment && x.acknowledgment.status !== 'active').length;
  if (acked || refused) lines.push(`acknowledgments: ${acked} accepted, ${refused} refused or expired`);
  if (opts.summaryOnly) for (const f of errors) lines.push(`not checked: ${printable(f.file)}: ${printable(f.error ?? '')}`);
  lines.push(`${result.files.length} template(s) scanned, ${open.length} unacknowledged finding(s), ${errors.length} could not be checked`);
  return `${lines.join('\n')}\n`;
}

/** Findings grouped by the resource they name (type and logical id), in order of first appearance. */
function byResource(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const x of findings) {
    const key = x.logicalId ? `${x.resourceType || 'resource'} ${x.logicalId}${x.constructPath ? ` (${x.constructPath})` : ''}` : 'the template as a whole';
    groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  return groups;
}
