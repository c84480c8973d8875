/**
 * Facts shared by the load balancer rules (not a rule: not exported from the barrel).
 */
import type { TemplateResource, TemplateModel } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown, str } from '../../template/values';
import type { RuleFinding } from '../rule';

export const ELBV2_LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const ELBV2_LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const ELBV2_LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';

/** Listener protocols that encrypt the client leg (ALB HTTPS, NLB TLS). */
export const ENCRYPTED_V2 = ['HTTPS', 'TLS'];

/**
 * The load balancer types (`application`, `network`, `gateway`) a listener's
 * `LoadBalancerArn` can point to, or `undefined` when it is not a load balancer
 * of this template. CloudFormation's default Type is `application`.
 */
export function loadBalancerTypes(template: TemplateModel, ref: unknown): Set<string> | undefined {
  const lb = template.target(ref);
  if (!lb || lb.type !== ELBV2_LB) return undefined;
  const out = new Set<string>();
  for (const v of lb.variants()) {
    const t = get(v.value, 'Type');
    out.add(t === undefined ? 'application' : (str(t)?.toLowerCase() ?? 'unknown'));
  }
  return out;
}

/**
 * Why an action is not safe on a plaintext listener, or `undefined`: only a
 * redirect whose RedirectConfig.Protocol is HTTPS and a fixed response never
 * carry request data to a target over the plaintext leg.
 */
export function plaintextActionProblem(action: unknown): string | undefined {
  if (isUnknown(action)) return `the action cannot be resolved (${action.reason})`;
  if (!isObject(action)) return `the action is not an object (found ${describe(action)})`;
  const type = str(get(action, 'Type'))?.toLowerCase();
  if (type === 'fixed-response') return undefined;
  if (type === 'redirect') {
    const proto = get(action, 'RedirectConfig.Protocol');
    if (str(proto)?.toUpperCase() === 'HTTPS') return undefined;
    return proto === undefined
      ? 'redirects without RedirectConfig.Protocol HTTPS (the default #{protocol} keeps plain HTTP)'
      : `redirects to protocol ${describe(proto)}, not HTTPS`;
  }
  if (type === undefined) return `the action type cannot be proven (found ${describe(get(action, 'Type'))})`;
  return `${type} action passes traffic over the plaintext leg`;
}

/** Findings for every action of a list that is not safe on a plaintext listener. */
export function plaintextActionFindings(actions: unknown, path: string, context: string): RuleFinding[] {
  if (isUnknown(actions)) {
    return [{ path: `Properties.${path}`, problem: `cannot be proven to only redirect to HTTPS or return a fixed response ${context}`, found: describe(actions) }];
  }
  const list = asArray(actions);
  if (list.length === 0) {
    return [{ path: `Properties.${path}`, problem: `must only redirect to HTTPS or return a fixed response ${context}`, found: 'absent' }];
  }
  const out: RuleFinding[] = [];
  list.forEach((a, i) => {
    const problem = plaintextActionProblem(a);
    if (problem) out.push({ path: `Properties.${path}.${i}`, problem: `${problem} ${context}`, found: describe(isObject(a) ? get(a, 'Type') : a) });
  });
  return out;
}

/** Whether every rendering of a listener proves an encrypted protocol. */
export function listenerProvablyEncrypted(listener: TemplateResource): boolean {
  return listener.variants().every((v) => {
    const p = str(get(v.value, 'Protocol'))?.toUpperCase();
    return p !== undefined && ENCRYPTED_V2.includes(p);
  });
}
