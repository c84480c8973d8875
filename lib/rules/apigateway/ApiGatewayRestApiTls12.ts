import type { TemplateResource } from '../../template/template';
import { bool, describe, get, isUnknown } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { isTls12Policy } from './ApiGatewayDomainNameTls12';
import { notPrivateReason } from './shared';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ApiGateway::RestApi'],
  title: "The REST API's default execute-api endpoint negotiates TLS 1.2 or newer (SecurityPolicy TLS_1_2 or an enhanced TLS 1.2+ policy; absent is fine on a PRIVATE API or with DisableExecuteApiEndpoint true).",
  rationale: 'Edge-optimized and regional default endpoints accept TLS 1.0 unless a TLS 1.2 security policy is set, exposing health data in transit to weak protocols.',
  fix: 'Set SecurityPolicy to TLS_1_2 or an enhanced policy such as SecurityPolicy_TLS13_1_2_2021_06 (with EndpointAccessMode), or set DisableExecuteApiEndpoint to true and serve the API through a TLS 1.2 custom domain.',
  notes: 'Verified: default endpoint security policies are TLS-1-0 for edge-optimized and regional APIs and TLS-1-2 for private APIs (API Gateway security policy documentation).',
  evaluate,
});

/**
 * The default execute-api endpoint of a REST API negotiates TLS 1.2 or newer:
 * SecurityPolicy is TLS_1_2 or an enhanced TLS 1.2+ policy, or it is absent on
 * a PRIVATE API (default TLS_1_2) or on an API whose default endpoint is disabled.
 */
function evaluate(api: TemplateResource): RuleFinding[] {
  return perVariant(api, (props) => {
    const policy = get(props, 'SecurityPolicy');
    if (isTls12Policy(policy)) return undefined;
    if (policy === undefined) {
      if (notPrivateReason(props) === undefined) return undefined;
      if (bool(get(props, 'DisableExecuteApiEndpoint')) === true) return undefined;
      return { path: at('SecurityPolicy'), problem: 'must be TLS_1_2 or an enhanced TLS 1.2+ policy (or the default endpoint disabled)', found: absent('TLS_1_0 for edge-optimized and regional endpoints') };
    }
    return {
      path: at('SecurityPolicy'),
      problem: isUnknown(policy) ? 'must provably be TLS_1_2 or an enhanced TLS 1.2+ policy' : 'must be TLS_1_2 or an enhanced TLS 1.2+ policy',
      found: describe(policy),
    };
  });
}
