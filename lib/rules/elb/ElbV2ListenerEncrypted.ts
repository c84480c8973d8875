import type { TemplateResource } from '../../template/template';
import { describe, get, str } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import {
  ELBV2_LISTENER, ELBV2_LISTENER_RULE, ENCRYPTED_V2, listenerProvablyEncrypted, loadBalancerTypes, plaintextActionFindings,
} from './shared';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule'],
  title: 'No request reaches a target through a plaintext listener: listeners are HTTPS or TLS, and plaintext (HTTP, TCP, UDP, TCP_UDP) listeners and their rules only redirect to HTTPS or return a fixed response.',
  rationale: 'A plaintext listener that forwards carries health data unencrypted between clients and the load balancer, on an internal load balancer as much as on a public one.',
  fix: 'Use Protocol HTTPS (ALB) or TLS (NLB) with a certificate, or make every DefaultActions entry of the HTTP listener a redirect with RedirectConfig.Protocol HTTPS (CDK: protocol: ApplicationProtocol.HTTPS; lb.addRedirect() for port 80).',
  notes: 'A redirect without RedirectConfig.Protocol keeps the default "#{protocol}" (HTTP) and fails. A TCP/UDP listener that forwards fails even if the targets speak TLS: pass-through encryption cannot be proven from the template. A listener rule that forwards passes only when its ListenerArn is a listener of the same template that is HTTPS or TLS in every Fn::If rendering. Gateway Load Balancer listeners have no Protocol and pass. The load balancer scheme does not matter: an internal plaintext listener is still plaintext.',
  evaluate,
});

/**
 * No request reaches a target over a plaintext listener: a listener is HTTPS or
 * TLS, or every default action of a plaintext (HTTP, TCP, UDP, TCP_UDP) listener
 * redirects to HTTPS or returns a fixed response. A listener rule that forwards
 * must sit on a listener that is provably HTTPS or TLS.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  if (r.type === ELBV2_LISTENER_RULE) return judgeRule(r);
  return perVariant(r, (props) => {
    const protocol = get(props, 'Protocol');
    if (protocol === undefined) {
      // Gateway Load Balancer listeners take no protocol (GENEVE to appliances, not a client-facing leg).
      const types = loadBalancerTypes(r.template, get(props, 'LoadBalancerArn'));
      if (types && [...types].every((t) => t === 'gateway')) return undefined;
    }
    const p = str(protocol)?.toUpperCase();
    if (p !== undefined && ENCRYPTED_V2.includes(p)) return undefined;
    const context = protocol === undefined
      ? 'on a listener whose Protocol is absent (not provably HTTPS or TLS)'
      : p === undefined
        ? `on a listener whose Protocol cannot be proven HTTPS or TLS (${describe(protocol)})`
        : `on the plaintext ${p} listener`;
    return plaintextActionFindings(get(props, 'DefaultActions'), 'DefaultActions', context);
  });
}

function judgeRule(rule: TemplateResource): RuleFinding[] {
  return perVariant(rule, (props) => {
    const ref = get(props, 'ListenerArn');
    const listener = rule.template.target(ref);
    if (listener && listener.type === ELBV2_LISTENER && listenerProvablyEncrypted(listener)) return undefined;
    const context = !listener || listener.type !== ELBV2_LISTENER
      ? `on a listener that is not in this template (${describe(ref)}), so its protocol cannot be proven HTTPS or TLS`
      : `on listener ${listener.logicalId}, which is not provably HTTPS or TLS`;
    const found = plaintextActionFindings(get(props, 'Actions'), 'Actions', context);
    return found.length ? found : undefined;
  });
}

