import { entry } from './entry';
import type { CatalogEntry } from './types';

const SERVERLESS =
  'AWS::ElastiCache::ServerlessCache is not judged: AWS documents that every serverless cache has in-transit and at-rest encryption enabled, with no property to turn either off.';

export const elasticache: CatalogEntry[] = [
  entry({
    name: 'ElastiCacheTransitEncrypted',
    category: 'H',
    service: 'elasticache',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    title: 'The cache accepts TLS connections only: TransitEncryptionEnabled is true and a replication group\'s TransitEncryptionMode is not "preferred".',
    rationale: 'Without in-transit encryption, cached health records and AUTH tokens cross the network in plaintext; "preferred" mode still accepts plaintext clients.',
    fix: 'Set TransitEncryptionEnabled to true and leave TransitEncryptionMode out or set it to "required" (CDK: CfnReplicationGroup transitEncryptionEnabled: true, transitEncryptionMode: "required"). A single Redis/Valkey node cannot use TLS as a CacheCluster: create a ReplicationGroup instead.',
    notes: 'Verified: TransitEncryptionEnabled defaults to false (CloudFormation reference). TransitEncryptionMode is the migration switch: "preferred" must be asked for to accept plaintext as well, so an absent mode with TransitEncryptionEnabled true at creation means TLS only. On AWS::ElastiCache::CacheCluster, TransitEncryptionEnabled exists (Memcached 1.6.12+ in a VPC); the rule requires it there too, so a standalone Redis node, which cannot set it, is flagged. '
      + SERVERLESS,
  }),
  entry({
    name: 'ElastiCacheAtRestEncrypted',
    category: 'E',
    service: 'elasticache',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    title: 'Cache data written to disk is encrypted: a replication group sets AtRestEncryptionEnabled true; a standalone cache cluster is Memcached.',
    rationale: 'Redis/Valkey snapshots, backups and data tiering write the cached health data to disk; unencrypted, they can be read from storage or copied.',
    fix: 'Set AtRestEncryptionEnabled to true on the ReplicationGroup, optionally with KmsKeyId (CDK: CfnReplicationGroup atRestEncryptionEnabled: true). Replace a Redis/Valkey AWS::ElastiCache::CacheCluster by a ReplicationGroup.',
    notes: 'Verified: AtRestEncryptionEnabled defaults to false and cannot be changed after creation (CloudFormation reference). Decision: AWS::ElastiCache::CacheCluster has no at-rest option, so a health-data pack requires Redis/Valkey to run as a replication group (which can be a single node); Memcached keeps nothing on disk and has no snapshots, so a Memcached cache cluster passes. An engine that cannot be resolved is flagged. '
      + SERVERLESS,
  }),
];
