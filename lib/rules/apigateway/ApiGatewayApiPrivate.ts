import type { TemplateResource } from '../../template/template';
import { describe, get } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { notPrivateReason, REST_API } from './shared';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'],
  title: 'The API endpoint is private: a REST API has EndpointConfiguration.Types ["PRIVATE"]; every HTTP/WebSocket API, which is always public, is acknowledged with a reason.',
  rationale: 'An EDGE or REGIONAL endpoint puts the API that reads and writes health data on the internet; HTTP and WebSocket APIs have no private endpoint type.',
  fix: "Set EndpointConfiguration.Types to [PRIVATE] with a resource policy limited to your VPC endpoints (CDK: endpointTypes: [EndpointType.PRIVATE]); for an HTTP/WebSocket API, use a private REST API instead or acknowledge it with Validations.of(api).acknowledge({ id: 'HealthData-ApiGatewayApiPrivate', reason }).",
  notes: 'Verified: a REST API without EndpointConfiguration is EDGE (public). Decision: an ApiGatewayV2 API is always a finding, DisableExecuteApiEndpoint true included, because a custom domain mapping (possibly in another stack) still exposes it publicly. The REST API resource policy (Policy) is not analysed here: the shared IAM policy analysis was not available.',
  evaluate,
});

/**
 * The API endpoint is private: a REST API has EndpointConfiguration.Types
 * ["PRIVATE"]. HTTP and WebSocket APIs (ApiGatewayV2) have no private endpoint
 * type, so each one is a public front door to acknowledge.
 */
function evaluate(api: TemplateResource): RuleFinding[] {
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
