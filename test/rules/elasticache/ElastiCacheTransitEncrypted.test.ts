import { describeRule, tpl } from '../../support/harness';

const group = (props: Record<string, unknown>) => ({
  Type: 'AWS::ElastiCache::ReplicationGroup',
  Properties: { ReplicationGroupDescription: 'phi cache', Engine: 'redis', CacheNodeType: 'cache.t3.micro', ...props },
});
const node = (props: Record<string, unknown>) => ({
  Type: 'AWS::ElastiCache::CacheCluster',
  Properties: { CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1, ...props },
});
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElastiCacheTransitEncrypted', {
  pass: {
    'replication group with TLS and no mode (TLS only at creation)': tpl({ Cache: group({ TransitEncryptionEnabled: true }) }),
    'replication group with TLS in required mode, booleans as strings': tpl({
      Cache: group({ TransitEncryptionEnabled: 'true', TransitEncryptionMode: 'required' }),
    }),
    'memcached cache cluster with TLS': tpl({ Cache: node({ Engine: 'memcached', TransitEncryptionEnabled: true }) }),
    'a parameter whose AllowedValues are all true': {
      template: tpl(
        { Cache: group({ TransitEncryptionEnabled: { Ref: 'Tls' } }) },
        { Parameters: { Tls: { Type: 'String', AllowedValues: ['true'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'TransitEncryptionEnabled absent (the default is plaintext)': tpl({ Cache: group({ AtRestEncryptionEnabled: true }) }),
    'TransitEncryptionEnabled false lets clients read PHI off the wire': tpl({ Cache: group({ TransitEncryptionEnabled: false }) }),
    'preferred mode still accepts plaintext clients': tpl({
      Cache: group({ TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' }),
    }),
    'a standalone Redis cache cluster cannot use TLS (absent)': tpl({ Cache: node({ Engine: 'redis' }) }),
    'memcached cache cluster with TLS off': tpl({ Cache: node({ Engine: 'memcached', TransitEncryptionEnabled: 'false' }) }),
    'TransitEncryptionEnabled from a parameter without AllowedValues (token)': tpl(
      { Cache: group({ TransitEncryptionEnabled: { Ref: 'Tls' } }) },
      { Parameters: { Tls: { Type: 'String', Default: 'true' } } },
    ),
    'TransitEncryptionMode imported from another stack': tpl({
      Cache: group({ TransitEncryptionEnabled: true, TransitEncryptionMode: { 'Fn::ImportValue': 'Shared-Mode' } }),
    }),
    'Fn::If that turns TLS off outside prod': tpl({ Cache: group({ TransitEncryptionEnabled: { 'Fn::If': ['IsProd', true, false] } }) }, cond),
    'only the plaintext cache of two is flagged': {
      template: tpl({ Good: group({ TransitEncryptionEnabled: true }), Bad: group({ TransitEncryptionEnabled: false }) }),
      flagged: ['Bad'],
    },
  },
});
