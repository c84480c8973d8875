import { describeRule, tpl } from '../../support/harness';

const rest = (props: Record<string, unknown>) => ({ Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'records', ...props } });
const PRIVATE = { EndpointConfiguration: { Types: ['PRIVATE'], VpcEndpointIds: ['vpce-1'] } };
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ApiGatewayApiPrivate', {
  pass: {
    'a private REST API': tpl({ Api: rest(PRIVATE) }),
    'a private REST API whose type comes from a parameter allowing only PRIVATE': { template: tpl({ Api: rest({ EndpointConfiguration: { Types: [{ Ref: 'T' }] } }) }, { Parameters: { T: { Type: 'String', AllowedValues: ['PRIVATE'] } } }), guard: 'fail' },
  },
  fail: {
    'EndpointConfiguration absent: the REST API is EDGE, on the internet': tpl({ Api: rest({}) }),
    'a REGIONAL REST API is reachable from the internet': tpl({ Api: rest({ EndpointConfiguration: { Types: ['REGIONAL'] } }) }),
    'an endpoint type parameter without AllowedValues (token)': tpl({ Api: rest({ EndpointConfiguration: { Types: [{ Ref: 'T' }] } }) }, { Parameters: { T: { Type: 'String' } } }),
    'Fn::If with a REGIONAL branch': tpl({ Api: rest({ EndpointConfiguration: { Types: [{ 'Fn::If': ['IsProd', 'PRIVATE', 'REGIONAL'] }] } }) }, COND),
    'an HTTP API is always public, even with the default endpoint disabled': tpl({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'records', ProtocolType: 'HTTP', DisableExecuteApiEndpoint: true } } }),
    'a WebSocket API is always public': tpl({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'live', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } } }),
    'the shape CDK emits for new RestApi(...) without endpointTypes': tpl({ Api: rest({}), Dep: { Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: { Ref: 'Api' } } } }),
    'only the regional API of two is flagged': { template: tpl({ Good: rest(PRIVATE), Bad: rest({ EndpointConfiguration: { Types: ['EDGE'] } }) }), flagged: ['Bad'] },
  },
});
