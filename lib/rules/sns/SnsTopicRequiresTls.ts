import { deniesInsecureTransport } from '../../template/policy';
import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { conditionalCreation } from '../s3/bucket-policies';
import { topicPoliciesOf, topicResource } from './topic-policies';

/**
 * Every publish to the topic must use TLS: a topic policy whose `Topics` names this
 * topic denies every principal sns:Publish (or all sns actions) on the topic when
 * `aws:SecureTransport` is false. A deny on another topic does not count; a topic
 * without such a policy is a finding (SNS accepts plain-HTTP requests by default).
 */
export default function SnsTopicRequiresTls(topic: Resource): RuleFinding[] {
  const policies = topicPoliciesOf(topic);
  if (policies.length === 0) {
    return [{
      path: 'Properties',
      problem: 'must have an AWS::SNS::TopicPolicy (or TopicInlinePolicy) naming this topic that denies publishing without TLS (aws:SecureTransport false)',
      found: 'no topic policy in the template names this topic',
    }];
  }
  const resources = [topicResource(topic)];
  const out: RuleFinding[] = [];
  // A topic has one policy: whichever of these policies is applied last must carry the deny.
  for (const { policy, renderings } of policies) {
    const where = `${policy.type} ${policy.logicalId}`;
    const maybeAbsent = conditionalCreation(policy);
    if (maybeAbsent) out.push({ path: 'Properties', problem: `cannot rely on ${where} to deny requests without TLS: ${maybeAbsent}` });
    for (const r of renderings) {
      const branches = renderings.length > 1 && r.branches.length ? { branches: r.branches } : {};
      if (!r.targetsTopic) {
        out.push({ path: 'Properties', problem: `is not named by ${where} in every rendering, so its TLS deny cannot be relied on`, found: r.topicsValue, ...branches });
        continue;
      }
      const p = deniesInsecureTransport(r.document, { service: 'sns', resources, dataActions: ['sns:Publish'] });
      if (p) out.push({ path: `${where}.PolicyDocument${p.path ? `.${p.path}` : ''}`, problem: p.problem, found: p.found, ...branches });
    }
  }
  return out;
}
