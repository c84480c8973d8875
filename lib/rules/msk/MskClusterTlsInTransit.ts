import type { Resource } from '../../template/template';
import { mustBe, mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const IN_TRANSIT = 'EncryptionInfo.EncryptionInTransit';

/**
 * Kafka traffic is TLS-only: client-broker `ClientBroker` is absent or `TLS`
 * (not `TLS_PLAINTEXT` or `PLAINTEXT`), and broker-to-broker `InCluster` is not false.
 */
export default function MskClusterTlsInTransit(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => [
    mustBeOneOf(props, `${IN_TRANSIT}.ClientBroker`, ['TLS'], { absentSecure: true }),
    mustBe(props, `${IN_TRANSIT}.InCluster`, true, { absentSecure: true }),
  ]);
}
