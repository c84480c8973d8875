import { describeRule, tpl } from '../../support/harness';

const api = (types?: unknown) => ({ Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'records', ...(types ? { EndpointConfiguration: { Types: types } } : {}) } });
const method = (props: Record<string, unknown>) => ({
  Type: 'AWS::ApiGateway::Method',
  Properties: { RestApiId: { Ref: 'Api' }, ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, HttpMethod: 'GET', Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: 'arn:aws:apigateway:eu-west-1:lambda:path/fn' }, ...props },
});
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ApiGatewayMethodAuthorized', {
  pass: {
    'IAM authorization on a public API': tpl({ Api: api(), M: method({ AuthorizationType: 'AWS_IAM' }) }),
    'a Cognito user pool authorizer': tpl({ Api: api(['REGIONAL']), M: method({ AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: 'abc' }) }),
    'no authorization on a private API (reachable only through VPC endpoints)': tpl({ Api: api(['PRIVATE']), M: method({ AuthorizationType: 'NONE' }) }),
    'a CORS preflight OPTIONS method with a MOCK integration (CDK addCorsPreflight)': tpl({ Api: api(), M: method({ HttpMethod: 'OPTIONS', AuthorizationType: 'NONE', Integration: { Type: 'MOCK' } }) }),
  },
  fail: {
    'AuthorizationType NONE on an EDGE API lets anyone call the integration': tpl({ Api: api(), M: method({ AuthorizationType: 'NONE' }) }),
    'AuthorizationType absent (the default is NONE)': tpl({ Api: api(['REGIONAL']), M: method({}) }),
    'an API key is not authorization': tpl({ Api: api(), M: method({ AuthorizationType: 'NONE', ApiKeyRequired: true }) }),
    'an OPTIONS method that reaches a Lambda integration without authorization': tpl({ Api: api(), M: method({ HttpMethod: 'OPTIONS', AuthorizationType: 'NONE' }) }),
    'a method on an imported API cannot be proven private': tpl({ M: method({ RestApiId: { 'Fn::ImportValue': 'Shared-Api' }, ResourceId: 'abc', AuthorizationType: 'NONE' }) }),
    'an authorization type parameter without AllowedValues (token)': tpl({ Api: api(), M: method({ AuthorizationType: { Ref: 'Auth' } }) }, { Parameters: { Auth: { Type: 'String' } } }),
    'Fn::If that drops authorization in one branch': tpl({ Api: api(), M: method({ AuthorizationType: { 'Fn::If': ['IsProd', 'AWS_IAM', 'NONE'] } }) }, COND),
    'a method whose API is private in only one Fn::If branch': tpl({ Api: api([{ 'Fn::If': ['IsProd', 'PRIVATE', 'REGIONAL'] }]), M: method({ AuthorizationType: 'NONE' }) }, COND),
  },
});
