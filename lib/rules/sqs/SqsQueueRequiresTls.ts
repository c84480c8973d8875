import { deniesInsecureTransport } from '../../template/policy';
import type { Resource } from '../../template/template';
import type { RuleFinding } from '../rule';
import { conditionalCreation } from '../s3/bucket-policies';
import { queuePoliciesOf, queueResource } from './queue-policies';

/**
 * Every request to the queue must use TLS: a queue policy whose `Queues` names this
 * queue denies every principal all sqs actions on the queue when
 * `aws:SecureTransport` is false. A deny on another queue does not count; a queue
 * without such a policy is a finding (SQS accepts plain-HTTP requests by default).
 */
export default function SqsQueueRequiresTls(queue: Resource): RuleFinding[] {
  const policies = queuePoliciesOf(queue);
  if (policies.length === 0) {
    return [{
      path: 'Properties',
      problem: 'must have an AWS::SQS::QueuePolicy (or QueueInlinePolicy) naming this queue that denies requests without TLS (aws:SecureTransport false)',
      found: 'no queue policy in the template names this queue',
    }];
  }
  const resources = [queueResource(queue)];
  const out: RuleFinding[] = [];
  // A queue has one policy: whichever of these policies is applied last must carry the deny.
  for (const { policy, renderings } of policies) {
    const where = `${policy.type} ${policy.logicalId}`;
    const maybeAbsent = conditionalCreation(policy);
    if (maybeAbsent) out.push({ path: 'Properties', problem: `cannot rely on ${where} to deny requests without TLS: ${maybeAbsent}` });
    for (const r of renderings) {
      const branches = renderings.length > 1 && r.branches.length ? { branches: r.branches } : {};
      if (!r.targetsQueue) {
        out.push({ path: 'Properties', problem: `is not named by ${where} in every rendering, so its TLS deny cannot be relied on`, found: r.queuesValue, ...branches });
        continue;
      }
      const p = deniesInsecureTransport(r.document, { service: 'sqs', resources });
      if (p) out.push({ path: `${where}.PolicyDocument${p.path ? `.${p.path}` : ''}`, problem: p.problem, found: p.found, ...branches });
    }
  }
  return out;
}
