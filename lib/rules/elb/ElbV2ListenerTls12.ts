import type { Resource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Predefined ELBv2 security policies that refuse TLS 1.0 and 1.1. */
const TLS12_POLICY = /^ELBSecurityPolicy-(TLS13-1-2|TLS13-1-3|TLS-1-2|FS-1-2)-/;

/**
 * An HTTPS or TLS listener uses a security policy that accepts TLS 1.2 or newer
 * only. Plaintext listeners are judged by ElbV2ListenerEncrypted.
 */
export default function ElbV2ListenerTls12(listener: Resource): RuleFinding[] {
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
