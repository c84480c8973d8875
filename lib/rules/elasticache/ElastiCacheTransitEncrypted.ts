import type { Resource } from '../../template/template';
import { mustBe, mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * A node-based cache accepts TLS connections only: `TransitEncryptionEnabled` is
 * true and, on a replication group, `TransitEncryptionMode` is not `preferred`
 * (which also accepts plaintext clients).
 */
export default function ElastiCacheTransitEncrypted(cache: Resource): RuleFinding[] {
  return perVariant(cache, (props) => {
    const enabled = mustBe(props, 'TransitEncryptionEnabled', true, { defaultText: 'false: plaintext connections' });
    if (enabled || cache.type !== 'AWS::ElastiCache::ReplicationGroup') return enabled;
    return mustBeOneOf(props, 'TransitEncryptionMode', ['required'], { absentSecure: true });
  });
}
