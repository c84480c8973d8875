import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::DAX::Cluster'],
  title: 'The DAX cluster endpoint is encrypted with TLS: ClusterEndpointEncryptionType is "TLS".',
  rationale: 'With an unencrypted endpoint, every cached health record travels between the application and DAX in plaintext.',
  fix: 'Set ClusterEndpointEncryptionType to "TLS" (CDK: CfnCluster clusterEndpointEncryptionType: "TLS"). It can only be set when the cluster is created.',
  notes: 'Verified: ClusterEndpointEncryptionType is NONE or TLS and defaults to NONE (CloudFormation reference; AWS Config dax-tls-endpoint-encryption), so absence is flagged.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** The DAX cluster endpoint speaks TLS: `ClusterEndpointEncryptionType` is `TLS`. */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBeOneOf(props, 'ClusterEndpointEncryptionType', ['TLS'], { defaultText: 'NONE: plaintext' }));
}
