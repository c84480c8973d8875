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

describeRule('HealthData-ElastiCacheAtRestEncrypted', {
  pass: {
    'replication group encrypted at rest': tpl({ Cache: group({ AtRestEncryptionEnabled: true }) }),
    'replication group encrypted at rest with a KMS key, boolean as a string': tpl({
      Key: { Type: 'AWS::KMS::Key', Properties: {} },
      Cache: group({ AtRestEncryptionEnabled: 'True', KmsKeyId: { Ref: 'Key' } }),
    }),
    'memcached cache cluster (nothing on disk)': tpl({ Cache: node({ Engine: 'memcached' }) }),
  },
  fail: {
    'AtRestEncryptionEnabled absent (the default is unencrypted snapshots)': tpl({ Cache: group({ TransitEncryptionEnabled: true }) }),
    'AtRestEncryptionEnabled false': tpl({ Cache: group({ AtRestEncryptionEnabled: false }) }),
    'a standalone Redis cache cluster has no at-rest encryption': tpl({ Cache: node({ Engine: 'redis' }) }),
    'cache cluster engine from a parameter without AllowedValues (token)': tpl(
      { Cache: node({ Engine: { Ref: 'Engine' } }) },
      { Parameters: { Engine: { Type: 'String', Default: 'memcached' } } },
    ),
    'cache cluster engine parameter that allows redis': tpl(
      { Cache: node({ Engine: { Ref: 'Engine' } }) },
      { Parameters: { Engine: { Type: 'String', AllowedValues: ['memcached', 'redis'] } } },
    ),
    'AtRestEncryptionEnabled imported from another stack': tpl({ Cache: group({ AtRestEncryptionEnabled: { 'Fn::ImportValue': 'Enc' } }) }),
    'Fn::If that drops encryption outside prod': tpl(
      { Cache: group({ AtRestEncryptionEnabled: { 'Fn::If': ['IsProd', true, { Ref: 'AWS::NoValue' }] } }) },
      cond,
    ),
    'only the unencrypted cache of two is flagged': {
      template: tpl({ Good: group({ AtRestEncryptionEnabled: true }), Bad: group({ AtRestEncryptionEnabled: false }) }),
      flagged: ['Bad'],
    },
  },
});
