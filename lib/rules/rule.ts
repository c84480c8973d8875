/**
 * What a rule is. Each rule is one file, `lib/rules/<service>/<Name>.ts`, whose default export
 * is `defineRule({...})`: what it checks and why (for people: RULES.md, reports, the catalog)
 * next to how (`evaluate`, a pure function of one resource and the template it sits in that
 * returns what it found wrong; an empty list means compliant). The id `HealthData-<Name>` and
 * the service come from the file's path; the catalog (lib/catalog) is derived from these files.
 * A rule never reads files or prints; the engine adds the rule id, the resource, why and the fix.
 */
import type { TemplateResource } from '../template/template';

/** P: publicly reachable; H: plaintext transport allowed; E: stored unencrypted. */
export type Category = 'P' | 'H' | 'E';

export type Severity = 'error' | 'warning';

export interface RuleFinding {
  /** Property path from the resource, e.g. `Properties.PublicAccessBlockConfiguration.BlockPublicAcls`. */
  readonly path: string;
  /** What is wrong, e.g. `is not true`. */
  readonly problem: string;
  /** What was found there, already described for a person (see `describe`). */
  readonly found?: string;
  /** `Fn::If` branches under which this rendering happens. */
  readonly branches?: readonly string[];
}

export type Rule = (resource: TemplateResource) => RuleFinding[];

export interface GuardDifference {
  /** `stricter`: Guard may flag what the rule passes; `looser`: Guard may pass what the rule flags. */
  readonly direction: 'stricter' | 'looser';
  /** What Guard checks instead, and why it cannot do more. */
  readonly approximation: string;
}

export interface RuleDefinition {
  readonly category: Category;
  /** CloudFormation resource types the rule judges (`Custom::*` stands for every type with that prefix). */
  readonly resourceTypes: readonly string[];
  /** What is checked, as one sentence that is true of a compliant resource. */
  readonly title: string;
  /** Why it matters for health data. */
  readonly rationale: string;
  /** What to change, in CloudFormation and CDK terms. */
  readonly fix: string;
  /** Regulatory controls the rule serves (lib/rules/controls.ts); default: its category's. */
  readonly controls?: readonly string[];
  /** Default: `error`. */
  readonly severity?: Severity;
  /** Decisions taken where the issue and the service disagree, or defaults that were verified. */
  readonly notes?: string;
  /**
   * Where the Guard policy cannot express the rule faithfully (deep cross-resource joins,
   * CIDR arithmetic, intrinsic resolution): what Guard does instead and in which direction
   * it differs. The parity test allows differences only in that direction.
   */
  readonly guardDifference?: GuardDifference;
  /**
   * Set (to the reason shown to whoever tries) for rules that can never be acknowledged:
   * storage reachable from the internet without authentication, plaintext access to a storage
   * endpoint. Kept deliberately narrow so that real exceptions remain possible elsewhere; front
   * doors (load balancers, CDNs, APIs) stay acknowledgeable: a reviewed exception there is a
   * design decision, not a leak.
   */
  readonly neverAcknowledgeable?: string;
  /** The check itself. */
  readonly evaluate: Rule;
}

/** Why storage readable by anyone on the internet without authentication is never acknowledgeable. */
export const ANONYMOUS_ACCESS = 'health data on the internet without authentication is the 1177 incident itself';
/** Why plaintext access to a storage endpoint (the data store itself) is never acknowledgeable. */
export const PLAINTEXT_ENDPOINT = 'a storage endpoint that accepts plaintext exposes health data to anyone on the path';

/** A rule file's default export. */
export function defineRule(definition: RuleDefinition): RuleDefinition {
  return Object.freeze({ ...definition });
}
