import type { Resource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { at, mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * Cache data that reaches disk (snapshots, swap, data tiering) is encrypted:
 * a replication group sets `AtRestEncryptionEnabled` true. A standalone
 * `CacheCluster` has no at-rest option, so only Memcached (which keeps nothing
 * on disk and has no snapshots) passes; a Redis/Valkey node must be a replication group.
 */
export default function ElastiCacheAtRestEncrypted(cache: Resource): RuleFinding[] {
  return perVariant(cache, (props) => {
    if (cache.type === 'AWS::ElastiCache::ReplicationGroup') {
      return mustBe(props, 'AtRestEncryptionEnabled', true, { defaultText: 'false: unencrypted' });
    }
    const engine = get(props, 'Engine');
    if (str(engine)?.toLowerCase() === 'memcached') return undefined;
    return {
      path: at('Engine'),
      problem: isUnknown(engine) || str(engine) === undefined
        ? 'must provably be memcached: a standalone Redis/Valkey cache cluster cannot encrypt at rest'
        : 'is a standalone Redis/Valkey cache cluster, which cannot encrypt at rest',
      found: describe(engine),
    };
  });
}
