import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  title: 'Indices, logs, swap files and automated snapshots are encrypted: EncryptionAtRestOptions.Enabled is true.',
  rationale: 'Unencrypted domain storage and snapshots expose indexed health records to anyone who gets at the volumes or snapshot copies.',
  fix: 'Set EncryptionAtRestOptions.Enabled to true, optionally with KmsKeyId (CDK: Domain encryptionAtRest: { enabled: true, kmsKey }).',
  notes: 'Verified: EncryptionAtRestOptions.Enabled defaults to false (CloudFormation reference: "Default: false"; required for fine-grained access control). Absence is flagged.',
  evaluate,
});

/** Indices, logs, swap and snapshots are encrypted: `EncryptionAtRestOptions.Enabled` is true. */
function evaluate(domain: TemplateResource): RuleFinding[] {
  return perVariant(domain, (props) => mustBe(props, 'EncryptionAtRestOptions.Enabled', true, { defaultText: 'false: unencrypted' }));
}
