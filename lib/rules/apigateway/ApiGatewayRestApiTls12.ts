import type { Resource } from '../../template/template';
import { bool, describe, get, isUnknown } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { isTls12Policy } from './ApiGatewayDomainNameTls12';
import { notPrivateReason } from './shared';

/**
 * The default execute-api endpoint of a REST API negotiates TLS 1.2 or newer:
 * SecurityPolicy is TLS_1_2 or an enhanced TLS 1.2+ policy, or it is absent on
 * a PRIVATE API (default TLS_1_2) or on an API whose default endpoint is disabled.
 */
export default function ApiGatewayRestApiTls12(api: Resource): RuleFinding[] {
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
