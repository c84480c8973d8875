import { describeRule, tpl } from '../../support/harness';

const rest = (props: Record<string, unknown>) => ({ Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'records', ...props } });
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ApiGatewayRestApiTls12', {
  pass: {
    'a regional API with TLS_1_2': tpl({ Api: rest({ EndpointConfiguration: { Types: ['REGIONAL'] }, SecurityPolicy: 'TLS_1_2' }) }),
    'an enhanced TLS 1.2+ policy': tpl({ Api: rest({ SecurityPolicy: 'SecurityPolicy_TLS13_1_2_2021_06', EndpointAccessMode: 'BASIC' }) }),
    'a private API without SecurityPolicy (private endpoints default to TLS 1.2)': tpl({ Api: rest({ EndpointConfiguration: { Types: ['PRIVATE'] } }) }),
    'a regional API whose default endpoint is disabled': tpl({ Api: rest({ EndpointConfiguration: { Types: ['REGIONAL'] }, DisableExecuteApiEndpoint: 'true' }) }),
  },
  fail: {
    'SecurityPolicy absent on an edge-optimized API: the default endpoint accepts TLS 1.0': tpl({ Api: rest({}) }),
    'an explicit TLS_1_0 policy on a private API': tpl({ Api: rest({ EndpointConfiguration: { Types: ['PRIVATE'] }, SecurityPolicy: 'TLS_1_0' }) }),
    'a security policy parameter without AllowedValues (token)': tpl({ Api: rest({ SecurityPolicy: { Ref: 'P' } }) }, { Parameters: { P: { Type: 'String' } } }),
    'Fn::If that re-enables the default endpoint in one branch': tpl({ Api: rest({ EndpointConfiguration: { Types: ['REGIONAL'] }, DisableExecuteApiEndpoint: { 'Fn::If': ['IsProd', true, false] } }) }, COND),
    'the shape CDK emits for new RestApi(...) with defaults': tpl({ Api: rest({}), Dep: { Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: { Ref: 'Api' } } } }),
  },
});
