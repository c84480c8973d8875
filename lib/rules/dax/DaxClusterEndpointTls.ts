import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The DAX cluster endpoint speaks TLS: `ClusterEndpointEncryptionType` is `TLS`. */
export default function DaxClusterEndpointTls(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBeOneOf(props, 'ClusterEndpointEncryptionType', ['TLS'], { defaultText: 'NONE: plaintext' }));
}
