import type { TemplateResource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { at, mustBe, perVariant } from '../check';
import { SERVERLESS } from './notes';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
  title: 'Cache data written to disk is encrypted: a replication group sets AtRestEncryptionEnabled true; a standalone cache cluster is Memcached.',
  rationale: 'Redis/Valkey snapshots, backups and data tiering write the cached health data to disk; unencrypted, they can be read from storage or copied.',
  fix: 'Set AtRestEncryptionEnabled to true on the ReplicationGroup, optionally with KmsKeyId (CDK: CfnReplicationGroup atRestEncryptionEnabled: true). Replace a Redis/Valkey AWS::ElastiCache::CacheCluster by a ReplicationGroup.',
  notes: 'Verified: AtRestEncryptionEnabled defaults to false and cannot be changed after creation (CloudFormation reference). Decision: AWS::ElastiCache::CacheCluster has no at-rest option, so a health-data pack requires Redis/Valkey to run as a replication group (which can be a single node); Memcached keeps nothing on disk and has no snapshots, so a Memcached cache cluster passes. An engine that cannot be resolved is flagged. '
    + SERVERLESS,
  evaluate,
});

/**
 * Cache data that reaches disk (snapshots, swap, data tiering) is encrypted:
 * a replication group sets `AtRestEncryptionEnabled` true. A standalone
 * `CacheCluster` has no at-rest option, so only Memcached (which keeps nothing
 * on disk and has no snapshots) passes; a Redis/Valkey node must be a replication group.
 */
function evaluate(cache: TemplateResource): RuleFinding[] {
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
