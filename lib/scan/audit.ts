/**
 * The audit report: per template and resource, every rule evaluated, its result,
 * every acknowledgment with reason, ticket and expiry, and the regulatory controls
 * each rule serves. Built from scan results (data); rendered as Markdown or JSON.
 */
import { CATALOG, judgesType } from '../catalog';
import { isOpen, type Finding, type FindingAcknowledgment } from '../engine/evaluate';
import type { ScanResult } from './scan';

export type AuditResult = 'pass' | 'fail' | 'acknowledged';

export interface AuditCheck {
  readonly ruleId: string;
  readonly category: string;
  readonly result: AuditResult;
  readonly controls: readonly string[];
  readonly findings: readonly string[];
  readonly acknowledgment?: FindingAcknowledgment;
}

export interface AuditResource {
  readonly logicalId: string;
  readonly type: string;
  readonly constructPath?: string;
  readonly checks: AuditCheck[];
}

export interface AuditTemplate {
  readonly file: string;
  readonly status: 'checked' | 'error';
  readonly error?: string;
  readonly resources: AuditResource[];
}

export interface Audit {
  readonly tool: { readonly name: string; readonly version: string };
  readonly generated: string;
  readonly templates: AuditTemplate[];
}

export function buildAudit(result: ScanResult, generated = new Date().toISOString()): Audit {
  const templates = result.files.map((f): AuditTemplate => {
    if (f.status === 'error') return { file: f.file, status: 'error', error: f.error, resources: [] };
    const resources = (f.resources ?? []).map((r): AuditResource => {
      const checks = CATALOG.filter((e) => judgesType(e, r.type)).map((e): AuditCheck => {
        const found: Finding[] = f.findings.filter((x) => x.ruleId === e.id && x.logicalId === r.logicalId);
        const open = found.filter(isOpen);
        const ack = found.find((x) => x.acknowledgment)?.acknowledgment;
        return {
          ruleId: e.id,
          category: e.category,
          result: open.length ? 'fail' : found.length ? 'acknowledged' : 'pass',
          controls: e.controls,
          findings: [...new Set(found.map((x) => x.detail || x.message))],
          ...(ack ? { acknowledgment: ack } : {}),
        };
      });
      return { logicalId: r.logicalId, type: r.type, ...(r.constructPath ? { constructPath: r.constructPath } : {}), checks };
    }).filter((r) => r.checks.length > 0);
    return { file: f.file, status: 'checked', resources };
  });
  return { tool: result.tool, generated, templates };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatAuditMarkdown(audit: Audit): string {
  const all = audit.templates.flatMap((t) => t.resources.flatMap((r) => r.checks.map((c) => ({ t, r, c }))));
  const count = (res: AuditResult) => all.filter((x) => x.c.result === res).length;
  const lines = [
    '# Health-data compliance report',
    '',
    `Generated ${audit.generated} by ${audit.tool.name} ${audit.tool.version}. GDPR Art. 32(1)(d) asks for a process to test and evaluate`,
    'security measures regularly: this report is its record for the templates below.',
    '',
    '## Summary',
    '',
    `${audit.templates.length} template(s), ${new Set(all.map((x) => `${x.t.file}/${x.r.logicalId}`)).size} resource(s) judged, ${all.length} check(s): ${count('pass')} passed, ${count('fail')} failed, ${count('acknowledged')} acknowledged.`,
    '',
    '| template | resources | passed | failed | acknowledged |',
    '|---|---|---|---|---|',
    ...audit.templates.map((t) => {
      if (t.status === 'error') return `| ${cell(t.file)} | could not be checked: ${cell(t.error ?? '')} | | | |`;
      const cs = t.resources.flatMap((r) => r.checks);
      return `| ${cell(t.file)} | ${t.resources.length} | ${cs.filter((c) => c.result === 'pass').length} | ${cs.filter((c) => c.result === 'fail').length} | ${cs.filter((c) => c.result === 'acknowledged').length} |`;
    }),
    '',
  ];
  const acks = all.filter((x) => x.c.acknowledgment);
  lines.push('## Acknowledgments', '');
  if (acks.length === 0) lines.push('None.', '');
  else {
    lines.push('| template | resource | rule | status | reason | ticket | expires |', '|---|---|---|---|---|---|---|');
    for (const { t, r, c } of acks) {
      const a = c.acknowledgment!;
      lines.push(`| ${cell(t.file)} | ${r.logicalId} | ${c.ruleId} | ${a.status} | ${cell(a.message ?? a.reason)} | ${a.ticket ?? ''} | ${a.expires ?? ''} |`);
    }
    lines.push('');
  }
  for (const t of audit.templates.filter((x) => x.status === 'checked')) {
    lines.push(`## ${t.file}`, '');
    for (const r of t.resources) {
      lines.push(`### ${r.logicalId} (${r.type})${r.constructPath ? ` \`${r.constructPath}\`` : ''}`, '');
      lines.push('| rule | category | result | details | controls |', '|---|---|---|---|---|');
      for (const c of r.checks) {
        const details = c.result === 'pass' ? '' : c.findings.join('; ');
        lines.push(`| ${c.ruleId} | ${c.category} | ${c.result.toUpperCase()} | ${cell(details)} | ${cell(c.controls.join('; '))} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function formatAuditJson(audit: Audit): string {
  return `${JSON.stringify(audit, null, 2)}\n`;
}
