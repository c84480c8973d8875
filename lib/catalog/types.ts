/**
 * The rule catalog's shape. Everything a person reads about a rule (what it
 * checks, why, how to fix it, which controls it serves) lives here, once; the
 * pack, the scanner, RULES.md and the reports are generated from it.
 */

/** P: publicly reachable; H: plaintext transport allowed; E: stored unencrypted. */
export type Category = 'P' | 'H' | 'E';

export type Severity = 'error' | 'warning';

export interface CatalogEntry {
  /** `HealthData-<Name>`; `<Name>` is also the rule's file name under `lib/rules/<service>/`. */
  readonly id: string;
  /** The rule's name: the id without the `HealthData-` prefix. */
  readonly name: string;
  readonly category: Category;
  /** Folder of the rule under `lib/rules/` (and of its Guard policy under `policies/`). */
  readonly service: string;
  /** CloudFormation resource types the rule judges. */
  readonly resourceTypes: readonly string[];
  /** What is checked, as one sentence that is true of a compliant resource. */
  readonly title: string;
  /** Why it matters for health data. */
  readonly rationale: string;
  /** What to change, in CloudFormation and CDK terms. */
  readonly fix: string;
  /** Regulatory controls the rule serves (see `controls.ts`). */
  readonly controls: readonly string[];
  readonly severity: Severity;
  /** Decisions taken where the issue and the service disagree, or defaults that were verified. */
  readonly notes?: string;
  /**
   * Where the Guard policy cannot express the rule faithfully (deep cross-resource joins,
   * CIDR arithmetic, intrinsic resolution): what Guard does instead and in which direction
   * it differs. The parity test allows differences only in that direction.
   */
  readonly guardDifference?: GuardDifference;
  /**
   * `false` for rules that can never be acknowledged: storage reachable from the internet
   * without authentication, plaintext access to a storage endpoint. Default: acknowledgeable.
   */
  readonly acknowledgeable?: false;
  /** Why the rule can never be acknowledged (shown when someone tries). */
  readonly notAcknowledgeableBecause?: string;
}

export interface GuardDifference {
  /** `stricter`: Guard may flag what the rule passes; `looser`: Guard may pass what the rule flags. */
  readonly direction: 'stricter' | 'looser';
  /** What Guard checks instead, and why it cannot do more. */
  readonly approximation: string;
}
