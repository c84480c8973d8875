/**
 * The body shared by the "requires TLS" rules of resources protected by an attached
 * resource policy (SQS queues, SNS topics): every policy that names the resource must
 * deny requests without TLS on it, in every rendering; no such policy is a finding.
 */
import { attachedPolicies, type AttachedPolicySpec } from '../template/attached-policies';
import { deniesInsecureTransport, type RequiredResource } from '../template/policy';
import { conditionalCreation, type TemplateResource } from '../template/template';
import type { RuleFinding } from './rule';

export interface TlsDenyRequirement {
  readonly spec: AttachedPolicySpec;
  /** The finding when no policy names the resource. */
  readonly missing: { readonly problem: string; readonly found: string };
  /** How a policy document may spell the ARNs the deny must cover (e.g. a bucket and its objects). */
  readonly required: readonly RequiredResource[];
  readonly service: string;
  /** Actions whose deny is enough (e.g. sns:Publish), besides `<service>:*` and `*`. */
  readonly dataActions?: readonly string[];
}

export function requiresTlsDeny(resource: TemplateResource, req: TlsDenyRequirement): RuleFinding[] {
  const policies = attachedPolicies(resource, req.spec);
  if (policies.length === 0) return [{ path: 'Properties', ...req.missing }];
  const out: RuleFinding[] = [];
  // The resource has one policy: whichever of these is applied last must carry the deny.
  for (const { policy, renderings } of policies) {
    const where = `${policy.type} ${policy.logicalId}`;
    const maybeAbsent = conditionalCreation(policy);
    if (maybeAbsent) out.push({ path: 'Properties', problem: `cannot rely on ${where} to deny requests without TLS: ${maybeAbsent}` });
    for (const r of renderings) {
      const branches = renderings.length > 1 && r.branches.length ? { branches: r.branches } : {};
      if (!r.targetsResource) {
        out.push({ path: 'Properties', problem: `is not named by ${where} in every rendering, so its TLS deny cannot be relied on`, found: r.targetValue, ...branches });
        continue;
      }
      const p = deniesInsecureTransport(r.document, { service: req.service, resources: req.required, ...(req.dataActions ? { dataActions: req.dataActions } : {}) });
      if (p) out.push({ path: `${where}.PolicyDocument${p.path ? `.${p.path}` : ''}`, problem: p.problem, found: p.found, ...branches });
    }
  }
  return out;
}
