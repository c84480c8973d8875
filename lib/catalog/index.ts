/**
 * The rule catalog: every HealthData rule, as data, derived from the rule files
 * (lib/rules/<service>/<Name>.ts, each `export default defineRule({...})`): the service is
 * the folder, the name the export, and the id `HealthData-<Name>`.
 */
import { PLAINTEXT, PUBLIC, UNENCRYPTED } from '../rules/controls';
import * as rules from '../rules/index';
import type { Category, GuardDifference, Rule, RuleDefinition } from '../rules/rule';
import type { CatalogEntry } from './types';

const DEFAULT_CONTROLS: Record<Category, readonly string[]> = { P: PUBLIC, H: PLAINTEXT, E: UNENCRYPTED };

/** Each service folder's rules, in the order of its index.ts. */
export const RULE_DEFINITIONS = rules as unknown as Readonly<Record<string, Readonly<Record<string, RuleDefinition>>>>;

function entryOf(service: string, name: string, d: RuleDefinition): CatalogEntry {
  const { evaluate: _evaluate, neverAcknowledgeable, controls, severity, ...text } = d;
  return {
    id: `HealthData-${name}`,
    name,
    service,
    ...text,
    controls: controls ?? DEFAULT_CONTROLS[d.category],
    severity: severity ?? 'error',
    ...(neverAcknowledgeable ? { acknowledgeable: false as const, notAcknowledgeableBecause: neverAcknowledgeable } : {}),
  };
}

/**
 * The difference every rule's Guard twin has from the rule: Guard does not evaluate intrinsic
 * functions, so where the rules engine proves a secure value through one, Guard fails closed
 * (lib/guard/differences.ts tells when a template uses such an intrinsic).
 */
export const INTRINSICS_DIFFERENCE: GuardDifference = {
  direction: 'stricter',
  approximation: 'Guard does not evaluate intrinsic functions: a secure value proven through a constrained parameter, an Fn::If, an Fn::FindInMap, an Fn::GetAtt of an attribute that equals a literal property (a VPC\'s CidrBlock), or an Fn::Sub principal or condition value with a ${X.Attr} placeholder in a template that has custom resources (Guard cannot tell which resource the placeholder names) fails the Guard twin (fail closed).',
};

/** Every rule's entry. */
export const CATALOG: readonly CatalogEntry[] = Object.entries(RULE_DEFINITIONS)
  .flatMap(([service, defs]) => Object.entries(defs).map(([name, d]) => entryOf(service, name, d)));

/**
 * Whether an entry judges a resource type. A type ending in `::*` in `resourceTypes` stands for
 * every type with that prefix (`Custom::*`: custom resources, whose type the author chooses).
 */
export function judgesType(entry: CatalogEntry, type: string): boolean {
  return entry.resourceTypes.some((t) => t === type || (t.endsWith('::*') && type.startsWith(t.slice(0, -1))));
}

export type { CatalogEntry, Category, Severity } from './types';

/** The rule function of an entry: the `evaluate` of lib/rules/<service>/<Name>.ts. */
export function ruleFor(entry: CatalogEntry): Rule {
  const fn = RULE_DEFINITIONS[entry.service]?.[entry.name]?.evaluate;
  if (typeof fn !== 'function') throw new Error(`catalog entry ${entry.id} has no rule at lib/rules/${entry.service}/${entry.name}.ts`);
  return fn;
}
