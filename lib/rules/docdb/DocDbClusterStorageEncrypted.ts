import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  title: 'The DocumentDB cluster encrypts its storage: StorageEncrypted is true.',
  rationale: 'An unencrypted cluster keeps documents with health data, their backups and snapshots readable on storage media; encryption can only be chosen at creation.',
  fix: 'Set StorageEncrypted to true, with KmsKeyId for a customer-managed key (CDK: DatabaseCluster storageEncrypted: true, its default, or kmsKey).',
  notes: 'The DocumentDB API leaves StorageEncrypted off unless it is set (the console defaults to on, the API and CloudFormation do not), so absence is a finding. CDK\'s DocumentDB DatabaseCluster writes StorageEncrypted: true by default.',
  evaluate,
});

/** The DocumentDB cluster encrypts its storage: `StorageEncrypted` is true (the API default is false). */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'StorageEncrypted', true, { defaultText: 'false: stored unencrypted' }));
}
