/**
 * Which resource policies of the template apply to a resource: a queue's
 * AWS::SQS::QueuePolicy, a topic's AWS::SNS::TopicPolicy, ... A resource is judged with
 * the policies whose target list names it (a `Ref`/`GetAtt`, a `${Id}` placeholder where
 * allowed, or a literal naming its literal name), never with "some policy in the template".
 */
import type { Resource } from './template';
import { asArray, describe, isReference } from './values';

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
  readonly policy: Resource;
  /** Every rendering of the policy; at least one names the resource. */
  readonly renderings: readonly PolicyRendering[];
}

/** Literal names of a resource across its renderings (names with placeholders are left out). */
export function literalNames(resource: Resource, nameProp: string): string[] {
  return [...new Set(resource.variants().map((v) => v.value[nameProp]).filter((n): n is string => typeof n === 'string' && !/\$\{/.test(n)))];
}

function names(resource: Resource, entry: unknown, spec: AttachedPolicySpec, literal: readonly string[]): boolean {
  if (isReference(entry)) return entry.logicalId === resource.logicalId;
  if (typeof entry !== 'string') return false;
  const target = resource.template.target(entry);
  if (target) return target.logicalId === resource.logicalId;
  if (spec.placeholderEntries && (entry.includes(`\${${resource.logicalId}}`) || entry.includes(`\${${resource.logicalId}.`))) return true;
  return literal.some((n) => spec.literalNames(entry, n));
}

/** The policies of the template that name the resource in at least one rendering. */
export function attachedPolicies(resource: Resource, spec: AttachedPolicySpec): AttachedPolicy[] {
  const literal = literalNames(resource, spec.nameProp);
  const out: AttachedPolicy[] = [];
  for (const { policyType, targetProp } of spec.attachments) {
    for (const policy of resource.template.ofType(policyType)) {
      const renderings = policy.variants().map((v) => ({
        document: v.value.PolicyDocument,
        branches: v.branches,
        targetsResource: asArray(v.value[targetProp]).some((t) => names(resource, t, spec, literal)),
        targetValue: describe(v.value[targetProp]),
      }));
      if (renderings.some((r) => r.targetsResource)) out.push({ policy, renderings });
    }
  }
  return out;
}
