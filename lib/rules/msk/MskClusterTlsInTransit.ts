import type { TemplateResource } from '../../template/template';
import { mustBe, mustBeOneOf, perVariant } from '../check';
import { SERVERLESS } from './notes';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::MSK::Cluster'],
  title: 'Kafka traffic is TLS-only: EncryptionInTransit.ClientBroker is absent or "TLS" and InCluster is not false.',
  rationale: 'TLS_PLAINTEXT and PLAINTEXT let producers and consumers send health records in the clear; InCluster false sends replication traffic between brokers in plaintext.',
  fix: 'Remove EncryptionInfo.EncryptionInTransit or set ClientBroker to "TLS" and InCluster to true (CDK: CfnCluster encryptionInfo.encryptionInTransit).',
  notes: 'Verified: ClientBroker allows TLS | TLS_PLAINTEXT | PLAINTEXT with default TLS, and InCluster defaults to true (CloudFormation EncryptionInTransit reference; MSK developer guide), so absence passes. ' + SERVERLESS,
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

const IN_TRANSIT = 'EncryptionInfo.EncryptionInTransit';

/**
 * Kafka traffic is TLS-only: client-broker `ClientBroker` is absent or `TLS`
 * (not `TLS_PLAINTEXT` or `PLAINTEXT`), and broker-to-broker `InCluster` is not false.
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => [
    mustBeOneOf(props, `${IN_TRANSIT}.ClientBroker`, ['TLS'], { absentSecure: true }),
    mustBe(props, `${IN_TRANSIT}.InCluster`, true, { absentSecure: true }),
  ]);
}
