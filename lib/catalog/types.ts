/**
 * The rule catalog's shape: each rule's definition (lib/rules/<service>/<Name>.ts) with its
 * id, name and service taken from the path and defaults filled in. The pack, the scanner,
 * RULES.md and the reports read the catalog.
 */
import type { Category, GuardDifference, Severity } from '../rules/rule';

export type { Category, GuardDifference, Severity } from '../rules/rule';

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
  /** Regulatory controls the rule serves (see `lib/rules/controls.ts`). */
  readonly controls: readonly string[];
  readonly severity: Severity;
  /** Decisions taken where the issue and the service disagree, or defaults that were verified. */
  readonly notes?: string;
  /** Where the Guard policy cannot express the rule faithfully, and in which direction it differs. */
  readonly guardDifference?: GuardDifference;
  /** `false` for rules that can never be acknowledged. Default: acknowledgeable. */
  readonly acknowledgeable?: false;
  /** Why the rule can never be acknowledged (shown when someone tries). */
  readonly notAcknowledgeableBecause?: string;
}
