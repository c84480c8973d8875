import type { ScanResult } from '../scan';

/** The JSON report: one document, field names fixed (other tools consume them). */
export function formatJson(result: ScanResult): string {
  return `${JSON.stringify({
    tool: result.tool,
    files: result.files.map((f) => ({
      file: f.file,
      status: f.status,
      ...(f.error ? { error: f.error } : {}),
      findings: f.findings.map((x) => ({
        ruleId: x.ruleId,
        category: x.category,
        severity: x.severity,
        logicalId: x.logicalId,
        resourceType: x.resourceType,
        path: x.path,
        message: x.message,
        fix: x.fix,
        ...(x.constructPath ? { constructPath: x.constructPath } : {}),
        ...(x.engine ? { engine: x.engine } : {}),
        ...(x.engines ? { engines: x.engines } : {}),
        ...(x.paths ? { paths: x.paths } : {}),
        ...(x.acknowledgment ? { acknowledgment: x.acknowledgment } : {}),
      })),
    })),
  }, null, 2)}\n`;
}
