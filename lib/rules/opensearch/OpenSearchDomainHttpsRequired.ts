import type { Resource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** TLS 1.2-only policies: `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10` and any later `Policy-Min-TLS-1-2/1-3-...`. */
const TLS12_POLICY = /^Policy-Min-TLS-1-[23]-/;

/**
 * The domain endpoint refuses plain HTTP and old TLS: `DomainEndpointOptions.EnforceHTTPS`
 * is true and `TLSSecurityPolicy` is a TLS 1.2 (or newer) policy.
 */
export default function OpenSearchDomainHttpsRequired(domain: Resource): RuleFinding[] {
  return perVariant(domain, (props) => {
    const https = mustBe(props, 'DomainEndpointOptions.EnforceHTTPS', true, { defaultText: 'false: plain HTTP accepted' });
    const path = 'DomainEndpointOptions.TLSSecurityPolicy';
    const policy = get(props, path);
    const name = str(policy);
    if (name !== undefined && TLS12_POLICY.test(name)) return https;
    const tls: RuleFinding = {
      path: at(path),
      problem: `must ${isUnknown(policy) ? 'provably ' : ''}be a TLS 1.2 policy (Policy-Min-TLS-1-2-2019-07 or Policy-Min-TLS-1-2-PFS-2023-10)`,
      found: policy === undefined ? absent('Policy-Min-TLS-1-0-2019-07: TLS 1.0 and 1.1 accepted') : describe(policy),
    };
    return [https, tls];
  });
}
