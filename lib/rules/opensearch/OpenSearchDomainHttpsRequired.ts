import type { TemplateResource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, mustBe, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  title: 'The domain endpoint requires HTTPS with TLS 1.2 or newer: DomainEndpointOptions.EnforceHTTPS is true and TLSSecurityPolicy is a Policy-Min-TLS-1-2 policy.',
  rationale: 'Without enforced HTTPS, queries and results carrying health data can travel in plain HTTP; TLS 1.0/1.1 are deprecated and breakable.',
  fix: 'Set DomainEndpointOptions { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10 } (CDK: Domain enforceHttps: true, tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2_PFS).',
  notes: 'Verified: EnforceHTTPS is optional and off unless set; TLSSecurityPolicy values are Policy-Min-TLS-1-0-2019-07 (TLS 1.0-1.2), Policy-Min-TLS-1-2-2019-07 and Policy-Min-TLS-1-2-PFS-2023-10 (OpenSearch API DomainEndpointOptions). An absent policy is flagged: the template does not prove TLS 1.2 (the service default has long been Policy-Min-TLS-1-0-2019-07). Later policies named Policy-Min-TLS-1-2-... or Policy-Min-TLS-1-3-... pass.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** TLS 1.2-only policies: `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10` and any later `Policy-Min-TLS-1-2/1-3-...`. */
const TLS12_POLICY = /^Policy-Min-TLS-1-[23]-/;

/**
 * The domain endpoint refuses plain HTTP and old TLS: `DomainEndpointOptions.EnforceHTTPS`
 * is true and `TLSSecurityPolicy` is a TLS 1.2 (or newer) policy.
 */
function evaluate(domain: TemplateResource): RuleFinding[] {
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
