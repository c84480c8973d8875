import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  title: 'The MemoryDB cluster keeps in-transit encryption on: TLSEnabled is not false.',
  rationale: 'MemoryDB is a durable primary database; with TLS off, every health record read or written crosses the network in plaintext.',
  fix: 'Remove TLSEnabled or set it to true (CDK: CfnCluster tlsEnabled: true).',
  notes: 'Verified: TLSEnabled defaults to true (MemoryDB CreateCluster; the Terraform provider documents "Defaults to true"), so absence passes. TLS can only be turned off together with the open-access ACL, which HealthData-MemoryDbClusterAuthenticated flags separately. MemoryDB always encrypts at rest (no property to turn it off), so there is no at-rest rule.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** The cluster keeps in-transit encryption on: `TLSEnabled` is absent (default true) or true. */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'TLSEnabled', true, { absentSecure: true }));
}
