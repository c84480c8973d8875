import { entry } from './entry';
import type { CatalogEntry } from './types';

export const apigateway: CatalogEntry[] = [
  entry({
    name: 'ApiGatewayApiPrivate',
    category: 'P',
    service: 'apigateway',
    resourceTypes: ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'],
    title: 'The API endpoint is private: a REST API has EndpointConfiguration.Types ["PRIVATE"]; every HTTP/WebSocket API, which is always public, is acknowledged with a reason.',
    rationale: 'An EDGE or REGIONAL endpoint puts the API that reads and writes health data on the internet; HTTP and WebSocket APIs have no private endpoint type.',
    fix: "Set EndpointConfiguration.Types to [PRIVATE] with a resource policy limited to your VPC endpoints (CDK: endpointTypes: [EndpointType.PRIVATE]); for an HTTP/WebSocket API, use a private REST API instead or acknowledge it with Validations.of(api).acknowledge({ id: 'HealthData-ApiGatewayApiPrivate', reason }).",
    notes: 'Verified: a REST API without EndpointConfiguration is EDGE (public). Decision: an ApiGatewayV2 API is always a finding, DisableExecuteApiEndpoint true included, because a custom domain mapping (possibly in another stack) still exposes it publicly. The REST API resource policy (Policy) is not analysed here: the shared IAM policy analysis was not available.',
  }),
  entry({
    name: 'ApiGatewayMethodAuthorized',
    category: 'P',
    service: 'apigateway',
    resourceTypes: ['AWS::ApiGateway::Method'],
    title: 'A method of an API that is not provably private requires authorization (AuthorizationType AWS_IAM, CUSTOM or COGNITO_USER_POOLS); CORS preflight OPTIONS methods with a MOCK integration are exempt.',
    rationale: 'A method with AuthorizationType NONE on a public endpoint lets anyone call the integration behind it.',
    fix: 'Set AuthorizationType to AWS_IAM, COGNITO_USER_POOLS or CUSTOM with an AuthorizerId (CDK: defaultMethodOptions: { authorizationType: AuthorizationType.IAM } or an authorizer), or make the API PRIVATE.',
    notes: 'AuthorizationType defaults to NONE. API keys (ApiKeyRequired) are not authorization. The API is private only when RestApiId points to a RestApi of the same template that is PRIVATE in every Fn::If rendering; an imported or unresolvable API is not provably private.',
  }),
  entry({
    name: 'ApiGatewayDomainNameTls12',
    category: 'H',
    service: 'apigateway',
    resourceTypes: ['AWS::ApiGateway::DomainName', 'AWS::ApiGateway::DomainNameV2', 'AWS::ApiGatewayV2::DomainName'],
    title: 'The custom domain name negotiates TLS 1.2 or newer: SecurityPolicy TLS_1_2 or an enhanced TLS 1.2+/1.3 policy (every DomainNameConfigurations entry for HTTP/WebSocket domains).',
    rationale: 'A TLS_1_0 security policy accepts TLS 1.0 and 1.1 for the API traffic that carries health data.',
    fix: 'Set SecurityPolicy to TLS_1_2 (or SecurityPolicy_TLS13_1_2_2021_06 / _TLS13_1_3_2025_09 with EndpointAccessMode) (CDK: securityPolicy: SecurityPolicy.TLS_1_2).',
    notes: 'Verified: REST custom domains default to TLS_1_0 (API Gateway security policy documentation). The defaults of AWS::ApiGateway::DomainNameV2 and of ApiGatewayV2 DomainNameConfigurations were not verified, so absence fails closed there too (CDK does not write a default). Enhanced policies are allow-listed by pattern: SecurityPolicy_TLS13_1_2_*, SecurityPolicy_TLS13_1_3_*, SecurityPolicy_TLS12_*, SecurityPolicy_TLS13_<year>_EDGE.',
  }),
  entry({
    name: 'ApiGatewayRestApiTls12',
    category: 'H',
    service: 'apigateway',
    resourceTypes: ['AWS::ApiGateway::RestApi'],
    title: "The REST API's default execute-api endpoint negotiates TLS 1.2 or newer (SecurityPolicy TLS_1_2 or an enhanced TLS 1.2+ policy; absent is fine on a PRIVATE API or with DisableExecuteApiEndpoint true).",
    rationale: 'Edge-optimized and regional default endpoints accept TLS 1.0 unless a TLS 1.2 security policy is set, exposing health data in transit to weak protocols.',
    fix: 'Set SecurityPolicy to TLS_1_2 or an enhanced policy such as SecurityPolicy_TLS13_1_2_2021_06 (with EndpointAccessMode), or set DisableExecuteApiEndpoint to true and serve the API through a TLS 1.2 custom domain.',
    notes: 'Verified: default endpoint security policies are TLS-1-0 for edge-optimized and regional APIs and TLS-1-2 for private APIs (API Gateway security policy documentation).',
  }),
];
