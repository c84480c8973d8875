import type { TemplateResource } from '../../template/template';
import { mustBe, mustBeOneOf, perVariant } from '../check';
import { SERVERLESS } from './notes';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
  title: 'The cache accepts TLS connections only: TransitEncryptionEnabled is true and a replication group\'s TransitEncryptionMode is not "preferred".',
  rationale: 'Without in-transit encryption, cached health records and AUTH tokens cross the network in plaintext; "preferred" mode still accepts plaintext clients.',
  fix: 'Set TransitEncryptionEnabled to true and leave TransitEncryptionMode out or set it to "required" (CDK: CfnReplicationGroup transitEncryptionEnabled: true, transitEncryptionMode: "required"). A single Redis/Valkey node cannot use TLS as a CacheCluster: create a ReplicationGroup instead.',
  notes: 'Verified: TransitEncryptionEnabled defaults to false (CloudFormation reference). TransitEncryptionMode is the migration switch: "preferred" must be asked for to accept plaintext as well, so an absent mode with TransitEncryptionEnabled true at creation means TLS only. On AWS::ElastiCache::CacheCluster, TransitEncryptionEnabled exists (Memcached 1.6.12+ in a VPC); the rule requires it there too, so a standalone Redis node, which cannot set it, is flagged. '
    + SERVERLESS,
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * A node-based cache accepts TLS connections only: `TransitEncryptionEnabled` is
 * true and, on a replication group, `TransitEncryptionMode` is not `preferred`
 * (which also accepts plaintext clients).
 */
function evaluate(cache: TemplateResource): RuleFinding[] {
  return perVariant(cache, (props) => {
    const enabled = mustBe(props, 'TransitEncryptionEnabled', true, { defaultText: 'false: plaintext connections' });
    if (enabled || cache.type !== 'AWS::ElastiCache::ReplicationGroup') return enabled;
    return mustBeOneOf(props, 'TransitEncryptionMode', ['required'], { absentSecure: true });
  });
}
