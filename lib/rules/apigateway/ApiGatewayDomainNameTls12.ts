import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ApiGateway::DomainName', 'AWS::ApiGateway::DomainNameV2', 'AWS::ApiGatewayV2::DomainName'],
  title: 'The custom domain name negotiates TLS 1.2 or newer: SecurityPolicy TLS_1_2 or an enhanced TLS 1.2+/1.3 policy (every DomainNameConfigurations entry for HTTP/WebSocket domains).',
  rationale: 'A TLS_1_0 security policy accepts TLS 1.0 and 1.1 for the API traffic that carries health data.',
  fix: 'Set SecurityPolicy to TLS_1_2 (or SecurityPolicy_TLS13_1_2_2021_06 / _TLS13_1_3_2025_09 with EndpointAccessMode) (CDK: securityPolicy: SecurityPolicy.TLS_1_2).',
  notes: 'Verified: REST custom domains default to TLS_1_0 (API Gateway security policy documentation). The defaults of AWS::ApiGateway::DomainNameV2 and of ApiGatewayV2 DomainNameConfigurations were not verified, so absence fails closed there too (CDK does not write a default). Enhanced policies are allow-listed by pattern: SecurityPolicy_TLS13_1_2_*, SecurityPolicy_TLS13_1_3_*, SecurityPolicy_TLS12_*, SecurityPolicy_TLS13_<year>_EDGE.',
  evaluate,
});

const V2_DOMAIN = 'AWS::ApiGatewayV2::DomainName';

/** Legacy TLS_1_2 and the enhanced policies whose minimum is TLS 1.2 or 1.3. */
export function isTls12Policy(v: unknown): boolean {
  const s = str(v);
  if (s === undefined) return false;
  return s === 'TLS_1_2' || /^SecurityPolicy_TLS13_1_[23]_/.test(s) || /^SecurityPolicy_TLS12_/.test(s) || /^SecurityPolicy_TLS13_\d{4}_EDGE$/.test(s);
}

/**
 * A custom domain name negotiates TLS 1.2 or newer: SecurityPolicy TLS_1_2 or
 * an enhanced TLS 1.2+/1.3 policy (REST domains, private DomainNameV2 and
 * every DomainNameConfigurations entry of an HTTP/WebSocket domain).
 */
function evaluate(domain: TemplateResource): RuleFinding[] {
  if (domain.type === V2_DOMAIN) {
    return perVariant(domain, (props) => {
      const configs = get(props, 'DomainNameConfigurations');
      if (isUnknown(configs)) return { path: at('DomainNameConfigurations'), problem: 'cannot be proven to require TLS 1.2', found: describe(configs) };
      const list = asArray(configs);
      if (list.length === 0) return { path: at('DomainNameConfigurations'), problem: 'must set SecurityPolicy TLS_1_2', found: absent('not stated') };
      return list.map((c, i) => check(isObject(c) ? get(c, 'SecurityPolicy') : c, `DomainNameConfigurations.${i}.SecurityPolicy`));
    });
  }
  return perVariant(domain, (props) => check(get(props, 'SecurityPolicy'), 'SecurityPolicy'));
}

function check(policy: unknown, path: string): RuleFinding | undefined {
  if (isTls12Policy(policy)) return undefined;
  return {
    path: at(path),
    problem: isUnknown(policy) ? 'must provably be TLS_1_2 or an enhanced TLS 1.2+ policy' : 'must be TLS_1_2 or an enhanced TLS 1.2+ policy (SecurityPolicy_TLS13_1_2_*, _TLS13_1_3_*)',
    found: policy === undefined ? absent('TLS_1_0 for custom domains, which accepts TLS 1.0') : describe(policy),
  };
}
