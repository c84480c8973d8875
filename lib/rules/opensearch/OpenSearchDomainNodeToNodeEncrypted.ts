import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  title: 'Traffic between the domain nodes is encrypted: NodeToNodeEncryptionOptions.Enabled is true.',
  rationale: 'Without node-to-node encryption, shards and search results carrying health data move between nodes in plaintext.',
  fix: 'Set NodeToNodeEncryptionOptions.Enabled to true (CDK: Domain nodeToNodeEncryption: true).',
  notes: 'Verified: node-to-node encryption is off unless enabled (CloudFormation reference; fine-grained access control requires it). Absence is flagged.',
  evaluate,
});

/** Traffic between the domain's nodes is TLS-encrypted: `NodeToNodeEncryptionOptions.Enabled` is true. */
function evaluate(domain: TemplateResource): RuleFinding[] {
  return perVariant(domain, (props) =>
    mustBe(props, 'NodeToNodeEncryptionOptions.Enabled', true, { defaultText: 'false: plaintext between nodes' }));
}
