import type { Resource } from '../../template/template';
import { describe, get } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { notPrivateReason, REST_API } from './shared';

/**
 * The API endpoint is private: a REST API has EndpointConfiguration.Types
 * ["PRIVATE"]. HTTP and WebSocket APIs (ApiGatewayV2) have no private endpoint
 * type, so each one is a public front door to acknowledge.
 */
export default function ApiGatewayApiPrivate(api: Resource): RuleFinding[] {
  if (api.type === REST_API) {
    return perVariant(api, (props) => {
      const reason = notPrivateReason(props);
      return reason ? { path: 'Properties.EndpointConfiguration.Types', problem: `must be ["PRIVATE"]: ${reason}`, found: describe(get(props, 'EndpointConfiguration.Types')) } : undefined;
    });
  }
  return perVariant(api, (props) => ({
    path: 'Properties.ProtocolType',
    problem: 'is an HTTP or WebSocket API, which API Gateway always serves on a public endpoint (DisableExecuteApiEndpoint only hides the default URL: custom domain names still expose it); acknowledge it with a reason once reviewed',
    found: describe(get(props, 'ProtocolType')),
  }));
}
