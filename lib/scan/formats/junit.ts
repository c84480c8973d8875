/**
 * JUnit XML: one test suite per template, one test case per (template, rule)
 * evaluated; a failure carries the messages of the rule's open findings, an input
 * that could not be checked is an error. Acknowledged findings pass and say so.
 */
import { isOpen } from '../../engine/evaluate';
import type { ScanResult } from '../scan';

const esc = (s: string) => s
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function formatJunit(result: ScanResult): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const f of result.files) {
    const cases: string[] = [];
    let sFailures = 0;
    let sErrors = 0;
    if (f.status === 'error') {
      sErrors++;
      cases.push(`    <testcase classname="${esc(f.file)}" name="template can be checked"><error message="${esc(f.error ?? 'error')}" type="InputError"/></testcase>`);
    } else {
      for (const ruleId of f.rulesEvaluated ?? []) {
        const found = f.findings.filter((x) => x.ruleId === ruleId);
        const open = found.filter(isOpen);
        const acked = found.filter((x) => !isOpen(x));
        let body = '';
        if (open.length) {
          sFailures++;
          const first = open[0];
          body += `<failure message="${esc(`${open.length} finding(s): ${first.logicalId} ${first.path}`)}" type="${first.category}">${esc(open.map((x) => `${x.logicalId}${x.engines ? ` (${x.engines.join(', ')})` : x.engine ? ` (${x.engine})` : ''}: ${x.message}`).join('\n'))}</failure>`;
        }
        if (acked.length) {
          body += `<system-out>${esc(acked.map((x) => `acknowledged ${x.logicalId}: ${x.acknowledgment!.reason}${x.acknowledgment!.ticket ? ` (ticket ${x.acknowledgment!.ticket}, expires ${x.acknowledgment!.expires})` : ''}`).join('\n'))}</system-out>`;
        }
        cases.push(`    <testcase classname="${esc(f.file)}" name="${esc(ruleId)}"${body ? `>${body}</testcase>` : '/>'}`);
      }
    }
    tests += cases.length;
    failures += sFailures;
    errors += sErrors;
    suites.push(`  <testsuite name="${esc(f.file)}" tests="${cases.length}" failures="${sFailures}" errors="${sErrors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cdk-health-data" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
