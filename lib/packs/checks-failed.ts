/**
 * Violations the plugins report about the gate itself rather than about a resource: not catalog
 * rules, so they cannot be acknowledged away by a catalog id, and named here once.
 */
export const GATE_VIOLATIONS = {
  /** An acknowledgment names no catalog rule: it acknowledges nothing (fatal). */
  unknownRule: 'HealthData-AcknowledgmentUnknownRule',
  /** An acknowledgment matches no finding on its construct or below (a warning). */
  unused: 'HealthData-AcknowledgmentUnused',
  /** The HealthData pack could not run (fatal). */
  packFailed: 'HealthData-ChecksFailed',
  /** The HealthData Guard validator could not run (fatal). */
  guardFailed: 'HealthDataGuard-ChecksFailed',
} as const;

/**
 * The report of a validation plugin whose checks could not run: one fatal violation saying
 * why, on every stack template, so that `cdk synth` fails. A plugin that throws is recorded by
 * aws-cdk-lib as a failure with no violations, which the `cdk` CLI does not fail on; and a
 * violation with no violating resource is not printed, and then does not fail synth either.
 */
export function checksFailed(pluginName: string, e: unknown, templatePaths: readonly string[] = []) {
  const reason = e instanceof Error ? e.message : String(e);
  return {
    success: false,
    violations: [{
      ruleName: `${pluginName}-ChecksFailed`,
      description: `The ${pluginName} checks could not run, so nothing in this app is proven compliant: ${reason}`,
      fix: 'Fix the cause named above and synthesize again; never deploy an app whose checks did not run.',
      severity: 'fatal',
      violatingResources: (templatePaths.length ? templatePaths : ['']).map((templatePath) => ({ resourceLogicalId: '', templatePath, locations: [] as string[] })),
    }],
  };
}
