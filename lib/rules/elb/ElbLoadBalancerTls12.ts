import type { TemplateResource } from '../../template/template';
import { asArray, bool, describe, get, isObject, isUnknown, num, str } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  title: "Every HTTPS/SSL listener of a Classic Load Balancer uses an SSL negotiation policy that accepts TLS 1.2 only, with strong ciphers.",
  rationale: 'Classic load balancers negotiate TLS 1.0 by default and custom policies can enable SSLv3, NULL or 3DES ciphers, exposing health data in transit.',
  fix: 'Add a Policies entry of PolicyType SSLNegotiationPolicyType with the attribute Reference-Security-Policy = ELBSecurityPolicy-TLS-1-2-2017-01 and name it in the listener\'s PolicyNames (CDK: escape hatch on CfnLoadBalancer), or migrate to an ALB.',
  notes: 'Verified: an HTTPS/SSL listener without an SSL negotiation policy gets ELBSecurityPolicy-2016-08 (TLS 1.0+). Policies attach to a listener through Listeners[].PolicyNames or Policies[].LoadBalancerPorts; a name not defined in Policies cannot be proven. A custom policy (no Reference-Security-Policy) must set Protocol-TLSv1.2 true and Protocol-SSLv3, -TLSv1, -TLSv1.1 false explicitly (the defaults of unlisted attributes are not documented); any enabled Protocol-* other than TLSv1.2 and any enabled cipher outside the ciphers of ELBSecurityPolicy-TLS-1-2-2017-01 fails, also next to a Reference-Security-Policy.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard joins a listener to its policies by the names in its literal PolicyNames list only: a policy attached through Policies[].LoadBalancerPorts is not followed (matching ports needs number/string arithmetic), so such a listener fails. And once the load balancer has an HTTPS/SSL listener, every SSLNegotiationPolicyType policy it defines must be TLS 1.2-only, attached to that listener or not.',
  },
  evaluate,
});

const SSL_POLICY_TYPE = 'SSLNegotiationPolicyType';
/** Classic predefined policies that accept TLS 1.2 only. */
const TLS12_REFERENCE = /^ELBSecurityPolicy-TLS-1-2-\d{4}-\d{2}$/i;
/** Older protocols a custom policy must switch off explicitly. */
const OLDER_PROTOCOLS = ['Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1'];
/** Ciphers of ELBSecurityPolicy-TLS-1-2-2017-01: the only ciphers a custom policy may enable. */
const STRONG_CIPHERS = new Set([
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384',
  'AES128-GCM-SHA256', 'AES128-SHA256', 'AES256-GCM-SHA384', 'AES256-SHA256',
]);

/**
 * Every HTTPS/SSL listener of a Classic Load Balancer negotiates TLS 1.2 only:
 * its SSL negotiation policy (named in the listener's PolicyNames, or attached
 * to its port by Policies[].LoadBalancerPorts) references a TLS 1.2 predefined
 * policy or is a custom policy with TLS 1.2 alone and strong ciphers only.
 * A listener without one gets ELBSecurityPolicy-2016-08 (TLS 1.0+).
 */
function evaluate(lb: TemplateResource): RuleFinding[] {
  return perVariant(lb, (props) => {
    const listeners = get(props, 'Listeners');
    if (isUnknown(listeners)) return { path: 'Properties.Listeners', problem: 'cannot be resolved, so their SSL negotiation policy cannot be proven TLS 1.2', found: describe(listeners) };
    const policiesRaw = get(props, 'Policies');
    if (isUnknown(policiesRaw)) return { path: 'Properties.Policies', problem: 'cannot be resolved, so no SSL negotiation policy can be proven TLS 1.2', found: describe(policiesRaw) };
    const policies = asArray(policiesRaw);
    const out: RuleFinding[] = [];
    asArray(listeners).forEach((l, i) => {
      if (!isObject(l)) return;
      const p = str(get(l, 'Protocol'))?.toUpperCase();
      if (p === 'HTTP' || p === 'TCP') return; // plaintext: ElbLoadBalancerListenersEncrypted
      const base = `Properties.Listeners.${i}`;
      const port = num(get(l, 'LoadBalancerPort'));
      const attached: { policy: Record<string, unknown>; path: string }[] = [];
      const names = get(l, 'PolicyNames');
      if (isUnknown(names)) {
        out.push({ path: `${base}.PolicyNames`, problem: 'cannot be resolved, so the SSL negotiation policy cannot be proven TLS 1.2', found: describe(names) });
        return;
      }
      let undefinedName = false;
      for (const name of asArray(names)) {
        const n = str(name);
        const j = policies.findIndex((x) => isObject(x) && n !== undefined && str(get(x, 'PolicyName')) === n);
        if (j < 0) {
          out.push({ path: `${base}.PolicyNames`, problem: 'names a policy that is not defined in Policies, so its protocols cannot be proven TLS 1.2', found: describe(name) });
          undefinedName = true;
          continue;
        }
        attached.push({ policy: policies[j] as Record<string, unknown>, path: `Properties.Policies.${j}` });
      }
      policies.forEach((x, j) => {
        if (!isObject(x) || port === undefined) return;
        if (asArray(get(x, 'LoadBalancerPorts')).some((lp) => num(lp) === port) && !attached.some((a) => a.policy === x)) {
          attached.push({ policy: x, path: `Properties.Policies.${j}` });
        }
      });
      const ssl = attached.filter((a) => str(get(a.policy, 'PolicyType')) !== undefined ? str(get(a.policy, 'PolicyType')) === SSL_POLICY_TYPE : true);
      if (ssl.length === 0 && !undefinedName) {
        out.push({ path: `${base}.PolicyNames`, problem: 'must attach an SSL negotiation policy that allows TLS 1.2 only', found: 'none (the default ELBSecurityPolicy-2016-08 accepts TLS 1.0 and 1.1)' });
        return;
      }
      for (const a of ssl) {
        for (const problem of policyProblems(a.policy)) out.push({ path: a.path, problem: `${problem} (used by listener ${i})`, found: describe(get(a.policy, 'PolicyName')) });
      }
    });
    return out;
  });
}

/** Why an SSL negotiation policy does not prove TLS 1.2 only. */
function policyProblems(policy: Record<string, unknown>): string[] {
  if (str(get(policy, 'PolicyType')) === undefined) return [`has a PolicyType that cannot be resolved (${describe(get(policy, 'PolicyType'))})`];
  const rawAttrs = get(policy, 'Attributes');
  if (isUnknown(rawAttrs)) return [`has attributes that cannot be resolved (${rawAttrs.reason})`];
  const attrs = new Map<string, unknown>();
  const problems: string[] = [];
  for (const a of asArray(rawAttrs)) {
    const name = isObject(a) ? str(get(a, 'Name')) : undefined;
    if (name === undefined) {
      problems.push(`has an attribute whose name cannot be resolved (${describe(a)})`);
      continue;
    }
    attrs.set(name, get(a, 'Value'));
  }
  const ref = attrs.get('Reference-Security-Policy');
  if (ref !== undefined) {
    const r = str(ref);
    if (r === undefined || !TLS12_REFERENCE.test(r)) problems.push(`references ${describe(ref)}, which is not a TLS 1.2-only predefined policy (ELBSecurityPolicy-TLS-1-2-2017-01)`);
  } else {
    if (bool(attrs.get('Protocol-TLSv1.2')) !== true) problems.push('is a custom policy that does not set Protocol-TLSv1.2 to true');
    for (const p of OLDER_PROTOCOLS) {
      if (!attrs.has(p)) problems.push(`is a custom policy that does not set ${p} to false (the defaults of unlisted attributes are not stated)`);
    }
  }
  for (const [name, value] of attrs) {
    if (name === 'Reference-Security-Policy' || name === 'Server-Defined-Cipher-Order' || name === 'Protocol-TLSv1.2') continue;
    if (bool(value) === false) continue;
    if (name.startsWith('Protocol-')) problems.push(`enables ${name} (value ${describe(value)} is not false)`);
    else if (!STRONG_CIPHERS.has(name)) problems.push(`enables cipher ${name}, outside the TLS 1.2 allow-list (value ${describe(value)} is not false)`);
  }
  return problems;
}
