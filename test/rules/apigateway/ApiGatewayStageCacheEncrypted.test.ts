import { describeRule, tpl } from '../../support/harness';

const stage = (props: Record<string, unknown>) => ({ Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: 'abc123', DeploymentId: 'dep1', StageName: 'prod', ...props } });
const ALL_ENCRYPTED = { ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true, CacheDataEncrypted: true };
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ApiGatewayStageCacheEncrypted', {
  pass: {
    'a stage without a cache': tpl({ S: stage({}) }),
    'a cached stage that encrypts every method (CDK deployOptions cacheDataEncrypted)': tpl({ S: stage({ CacheClusterEnabled: true, CacheClusterSize: '0.5', MethodSettings: [ALL_ENCRYPTED] }) }),
    'a deployment whose stage description encrypts the cache': tpl({ D: { Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: 'abc123', StageDescription: { CacheClusterEnabled: true, CachingEnabled: true, CacheDataEncrypted: true } } } }),
  },
  fail: {
    'a cache cluster with CacheDataEncrypted absent stores responses unencrypted': tpl({ S: stage({ CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true }] }) }),
    'one cached method that is not encrypted next to an encrypted default': tpl({ S: stage({ CacheClusterEnabled: true, MethodSettings: [ALL_ENCRYPTED, { ResourcePath: '/~1records', HttpMethod: 'GET', CachingEnabled: true, CacheDataEncrypted: false }] }) }),
    'a cache cluster flag from a parameter without AllowedValues (token)': tpl({ S: stage({ CacheClusterEnabled: { Ref: 'Cache' } }) }, { Parameters: { Cache: { Type: 'String' } } }),
    'Fn::If that turns encryption off in one branch': tpl({ S: stage({ CacheClusterEnabled: true, MethodSettings: [{ ...ALL_ENCRYPTED, CacheDataEncrypted: { 'Fn::If': ['IsProd', true, false] } }] }) }, COND),
    'a deployment stage description with a cache and no encryption (the shape CDK emits for deployOptions: { cachingEnabled: true })': tpl({
      D: { Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: 'abc123', StageDescription: { CacheClusterEnabled: true, MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true, DataTraceEnabled: false }] } } },
    }),
  },
});
