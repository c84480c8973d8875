import type { TemplateResource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  title: 'HTTPS and TLS listeners use a security policy that accepts TLS 1.2 or newer only (ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-* or -FS-1-2-*).',
  rationale: 'TLS 1.0 and 1.1 have known weaknesses; health data in transit needs TLS 1.2 or newer.',
  fix: 'Set SslPolicy to ELBSecurityPolicy-TLS13-1-2-2021-06 or a newer TLS 1.2+ policy (CDK: sslPolicy: SslPolicy.RECOMMENDED_TLS).',
  notes: 'Verified: when SslPolicy is absent, listeners created through the API, CLI, CloudFormation or CDK get ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 (the console default differs). Policies are allow-listed by name prefix, so ELBSecurityPolicy-TLS13-1-1-*, -TLS13-1-0-*, -FS-2018-06 and -2016-08 fail. A listener whose Protocol cannot be resolved is judged as if it were HTTPS.',
  evaluate,
});

/** Predefined ELBv2 security policies that refuse TLS 1.0 and 1.1. */
const TLS12_POLICY = /^ELBSecurityPolicy-(TLS13-1-2|TLS13-1-3|TLS-1-2|FS-1-2)-/;

/**
 * An HTTPS or TLS listener uses a security policy that accepts TLS 1.2 or newer
 * only. Plaintext listeners are judged by ElbV2ListenerEncrypted.
 */
function evaluate(listener: TemplateResource): RuleFinding[] {
  return perVariant(listener, (props) => {
    const protocol = get(props, 'Protocol');
    const p = str(protocol)?.toUpperCase();
    const maybeEncrypted = p === 'HTTPS' || p === 'TLS' || isUnknown(protocol) || (protocol !== undefined && p === undefined);
    if (!maybeEncrypted) return undefined;
    const policy = get(props, 'SslPolicy');
    if (policy === undefined) {
      return { path: at('SslPolicy'), problem: 'must name a TLS 1.2+ security policy', found: absent('ELBSecurityPolicy-2016-08 for listeners created through CloudFormation, which accepts TLS 1.0 and 1.1') };
    }
    const s = str(policy);
    if (s !== undefined && TLS12_POLICY.test(s)) return undefined;
    return {
      path: at('SslPolicy'),
      problem: isUnknown(policy) ? 'must provably name a TLS 1.2+ security policy' : 'must name a TLS 1.2+ security policy (ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-* or -FS-1-2-*)',
      found: describe(policy),
    };
  });
}
