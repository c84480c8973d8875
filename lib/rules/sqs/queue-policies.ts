/**
 * Which queue policies (AWS::SQS::QueuePolicy, AWS::SQS::QueueInlinePolicy) apply to
 * a queue of the same template, and the ARN spellings under which a policy document
 * may name the queue. A queue is judged with the policies whose `Queues` list (or
 * `Queue`) names it (a `Ref`, which gives the queue URL, or a literal URL ending in
 * its QueueName), never with "some policy in the template".
 */
import type { RequiredResource } from '../../template/policy';
import type { Resource } from '../../template/template';
import { asArray, describe, isReference } from '../../template/values';

export const QUEUE_POLICY = 'AWS::SQS::QueuePolicy';
export const QUEUE_INLINE_POLICY = 'AWS::SQS::QueueInlinePolicy';

/** The queue URLs a rendering of a policy applies to. */
function queuesOf(policy: Resource, props: Record<string, unknown>): unknown {
  return policy.type === QUEUE_INLINE_POLICY ? props.Queue : props.Queues;
}

/** One rendering of a queue policy, and whether it applies to the queue. */
export interface PolicyRendering {
  readonly document: unknown;
  readonly branches: readonly string[];
  readonly targetsQueue: boolean;
  /** What the rendering's `Queues` is, for messages. */
  readonly queuesValue: string;
}

export interface QueuePolicyOf {
  readonly policy: Resource;
  /** Every rendering of the policy; at least one names the queue. */
  readonly renderings: readonly PolicyRendering[];
}

/** Literal queue names of the queue across its renderings. */
function literalNames(queue: Resource): string[] {
  return [...new Set(queue.variants().map((v) => v.value.QueueName).filter((n): n is string => typeof n === 'string' && !/\$\{/.test(n)))];
}

/** Whether one resolved entry of `Queues` names this queue. */
function namesQueue(queue: Resource, entry: unknown, names: readonly string[]): boolean {
  if (isReference(entry)) return entry.logicalId === queue.logicalId;
  if (typeof entry !== 'string') return false;
  const target = queue.template.target(entry);
  if (target) return target.logicalId === queue.logicalId;
  if (entry.includes(`\${${queue.logicalId}}`) || entry.includes(`\${${queue.logicalId}.`)) return true;
  return names.some((n) => entry.endsWith(`/${n}`));
}

/** The queue policies of the template that name the queue in at least one rendering. */
export function queuePoliciesOf(queue: Resource): QueuePolicyOf[] {
  const names = literalNames(queue);
  const out: QueuePolicyOf[] = [];
  for (const policy of queue.template.ofType(QUEUE_POLICY, QUEUE_INLINE_POLICY)) {
    const renderings = policy.variants().map((v) => ({
      document: v.value.PolicyDocument,
      branches: v.branches,
      targetsQueue: asArray(queuesOf(policy, v.value)).some((q) => namesQueue(queue, q, names)),
      queuesValue: describe(queuesOf(policy, v.value)),
    }));
    if (renderings.some((r) => r.targetsQueue)) out.push({ policy, renderings });
  }
  return out;
}

/** The queue as a policy document may spell its ARN. */
export function queueResource(queue: Resource): RequiredResource {
  const names = [`\${${queue.logicalId}.QueueName}`, ...literalNames(queue)];
  return {
    name: 'the queue',
    arns: [
      `\${${queue.logicalId}.Arn}`,
      ...names.flatMap((n) => [
        `arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:${n}`,
        `arn:\${AWS::Partition}:sqs:\${AWS::Region}:\${AWS::AccountId}:${n}`,
      ]),
    ],
  };
}
