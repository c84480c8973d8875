/**
 * What the HealthData pack reported in the current synth, per app: the Guard validator merges its
 * findings into these, so that with both plugins registered (the pack first) one rule on one
 * resource is one violation, naming the engines that agree.
 */
import type { IConstruct } from 'constructs';

interface Reported { description: string }

const byApp = new WeakMap<IConstruct, Map<string, Reported>>();

const key = (ruleId: string, constructPath: string) => `${ruleId}\u0000${constructPath}`;

/** Record the pack's violations of one synth (replacing those of an earlier one). */
export function recordPackViolations(app: IConstruct, violations: ReadonlyArray<{ ruleName: string; description: string; violatingResources: ReadonlyArray<{ constructPath?: string }> }>): void {
  const m = new Map<string, Reported>();
  for (const v of violations) for (const r of v.violatingResources) if (r.constructPath) m.set(key(v.ruleName, r.constructPath), v);
  byApp.set(app, m);
}

/** The pack's violation of `ruleId` on the construct at `constructPath` in this synth, if it reported one. */
export function packViolation(app: IConstruct | undefined, ruleId: string, constructPath: string | undefined): Reported | undefined {
  return app && constructPath ? byApp.get(app)?.get(key(ruleId, constructPath)) : undefined;
}
