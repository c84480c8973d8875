/**
 * Which resource policies of the template apply to a resource: a queue's
 * AWS::SQS::QueuePolicy, a topic's AWS::SNS::TopicPolicy, ... A resource is judged with
 * the policies whose target list names it (a `Ref`/`GetAtt`, a `${Id}` placeholder where
 * allowed, or a literal naming its literal name), never with "some policy in the template".
 */
import type { TemplateResource } from './template';
import { asArray, describe, isReference, isUnknown, type Unknown } from './values';

export interface PolicyAttachment {
  /** The policy resource type, e.g. `AWS::SQS::QueuePolicy`. */
  readonly policyType: string;
  /** Its property that names the targets, e.g. `Queues` (a list) or `Queue` (one). */
  readonly targetProp: string;
}

export interface AttachedPolicySpec {
  readonly attachments: readonly PolicyAttachment[];
  /** The resource's own name property, e.g. `QueueName`. */
  readonly nameProp: string;
  /** Whether a literal target entry names a resource with this literal name. */
  readonly literalNames: (entry: string, name: string) => boolean;
  /** Whether `${Id}` or `${Id.Attr}` inside a target string names the resource (e.g. queue URLs built with Fn::Sub). */
  readonly placeholderEntries?: boolean;
  /** Whether the same deploy-time value (one parameter, one import) as name and as target names the resource. */
  readonly deployTimeNames?: boolean;
}

/** One rendering of a policy, and whether it applies to the resource. */
export interface PolicyRendering {
  readonly document: unknown;
  readonly branches: readonly string[];
  readonly targetsResource: boolean;
  /** What the rendering's target property is, for messages. */
  readonly targetValue: string;
}

export interface AttachedPolicy {
  readonly policy: TemplateResource;
  /** Every rendering of the policy; at least one names the resource. */
  readonly renderings: readonly PolicyRendering[];
}

/** Literal names of a resource across its renderings (names with placeholders are left out). */
export function literalNames(resource: TemplateResource, nameProp: string): string[] {
  return [...new Set(resource.variants().map((v) => v.value[nameProp]).filter((n): n is string => typeof n === 'string' && !/\$\{/.test(n)))];
}

/** The same deploy-time value (one parameter, one import) in two places has the same key. */
function unknownKey(u: Unknown): string {
  return u.parameter !== undefined ? `parameter ${u.parameter}` : JSON.stringify(u.raw ?? u.reason);
}

/** Keys of the resource's deploy-time names across its renderings. */
function deployTimeKeys(resource: TemplateResource, nameProp: string): Set<string> {
  const keys = new Set<string>();
  for (const v of resource.variants()) {
    const n = v.value[nameProp];
    if (isUnknown(n)) keys.add(unknownKey(n));
  }
  return keys;
}

/** Whether one resolved target entry of a policy names the resource. */
export function namesResource(resource: TemplateResource, entry: unknown, spec: AttachedPolicySpec,
  literal: readonly string[] = literalNames(resource, spec.nameProp),
  deployTime: ReadonlySet<string> = spec.deployTimeNames ? deployTimeKeys(resource, spec.nameProp) : new Set()): boolean {
  if (isReference(entry)) return entry.logicalId === resource.logicalId;
  if (isUnknown(entry)) return deployTime.has(unknownKey(entry));
  if (typeof entry !== 'string') return false;
  const target = resource.template.target(entry);
  if (target) return target.logicalId === resource.logicalId;
  if (spec.placeholderEntries && (entry.includes(`\${${resource.logicalId}}`) || entry.includes(`\${${resource.logicalId}.`))) return true;
  return literal.some((n) => spec.literalNames(entry, n));
}

/** The policies of the template that name the resource in at least one rendering. */
export function attachedPolicies(resource: TemplateResource, spec: AttachedPolicySpec): AttachedPolicy[] {
  const literal = literalNames(resource, spec.nameProp);
  const deployTime = spec.deployTimeNames ? deployTimeKeys(resource, spec.nameProp) : new Set<string>();
  const out: AttachedPolicy[] = [];
  for (const { policyType, targetProp } of spec.attachments) {
    for (const policy of resource.template.ofType(policyType)) {
      const renderings = policy.variants().map((v) => ({
        document: v.value.PolicyDocument,
        branches: v.branches,
        targetsResource: asArray(v.value[targetProp]).some((t) => namesResource(resource, t, spec, literal, deployTime)),
        targetValue: describe(v.value[targetProp]),
      }));
      if (renderings.some((r) => r.targetsResource)) out.push({ policy, renderings });
    }
  }
  return out;
}
