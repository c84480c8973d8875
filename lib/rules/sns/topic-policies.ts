/**
 * Which topic policies (AWS::SNS::TopicPolicy, AWS::SNS::TopicInlinePolicy) apply to
 * a topic of the same template, and the ARN spellings under which a policy document
 * may name the topic. A topic is judged with the policies whose `Topics` list (or
 * `TopicArn`) names it (a `Ref`, which gives the topic ARN, or a literal ARN ending
 * in its TopicName), never with "some policy in the template".
 */
import type { RequiredResource } from '../../template/policy';
import type { Resource } from '../../template/template';
import { asArray, describe, isReference } from '../../template/values';

export const TOPIC_POLICY = 'AWS::SNS::TopicPolicy';
export const TOPIC_INLINE_POLICY = 'AWS::SNS::TopicInlinePolicy';

/** One rendering of a topic policy, and whether it applies to the topic. */
export interface PolicyRendering {
  readonly document: unknown;
  readonly branches: readonly string[];
  readonly targetsTopic: boolean;
  /** What the rendering's `Topics` is, for messages. */
  readonly topicsValue: string;
}

export interface TopicPolicyOf {
  readonly policy: Resource;
  /** Every rendering of the policy; at least one names the topic. */
  readonly renderings: readonly PolicyRendering[];
}

/** The topic ARNs a rendering of a policy applies to. */
function topicsOf(policy: Resource, props: Record<string, unknown>): unknown {
  return policy.type === TOPIC_INLINE_POLICY ? props.TopicArn : props.Topics;
}

/** Literal topic names of the topic across its renderings. */
function literalNames(topic: Resource): string[] {
  return [...new Set(topic.variants().map((v) => v.value.TopicName).filter((n): n is string => typeof n === 'string' && !/\$\{/.test(n)))];
}

/** Whether one resolved entry of `Topics` names this topic. */
function namesTopic(topic: Resource, entry: unknown, names: readonly string[]): boolean {
  if (isReference(entry)) return entry.logicalId === topic.logicalId;
  if (typeof entry !== 'string') return false;
  const target = topic.template.target(entry);
  if (target) return target.logicalId === topic.logicalId;
  return names.some((n) => /^arn:[^:]+:sns:[^:]*:[^:]*:/.test(entry.replace(/\$\{AWS::[A-Za-z]+\}/g, 'x')) && entry.endsWith(`:${n}`));
}

/** The topic policies of the template that name the topic in at least one rendering. */
export function topicPoliciesOf(topic: Resource): TopicPolicyOf[] {
  const names = literalNames(topic);
  const out: TopicPolicyOf[] = [];
  for (const policy of topic.template.ofType(TOPIC_POLICY, TOPIC_INLINE_POLICY)) {
    const renderings = policy.variants().map((v) => ({
      document: v.value.PolicyDocument,
      branches: v.branches,
      targetsTopic: asArray(topicsOf(policy, v.value)).some((t) => namesTopic(topic, t, names)),
      topicsValue: describe(topicsOf(policy, v.value)),
    }));
    if (renderings.some((r) => r.targetsTopic)) out.push({ policy, renderings });
  }
  return out;
}

/** The topic as a policy document may spell its ARN (`Ref` to a topic gives its ARN). */
export function topicResource(topic: Resource): RequiredResource {
  const names = [`\${${topic.logicalId}.TopicName}`, ...literalNames(topic)];
  return {
    name: 'the topic',
    arns: [
      `\${${topic.logicalId}}`,
      `\${${topic.logicalId}.TopicArn}`,
      ...names.flatMap((n) => [
        `arn:aws:sns:\${AWS::Region}:\${AWS::AccountId}:${n}`,
        `arn:\${AWS::Partition}:sns:\${AWS::Region}:\${AWS::AccountId}:${n}`,
      ]),
    ],
  };
}
