import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  title: 'The Neptune cluster encrypts its storage: StorageEncrypted is true.',
  rationale: 'An unencrypted graph store keeps relationships between patients, providers and records readable on storage media and in snapshots; encryption can only be chosen at creation.',
  fix: 'Set StorageEncrypted to true, with KmsKeyId for a customer-managed key (CDK neptune-alpha: DatabaseCluster storageEncrypted: true, its default, or kmsKey).',
  notes: 'CloudFormation AWS::Neptune::DBCluster StorageEncrypted is false unless set, so absence is a finding.',
  evaluate,
});

/** The Neptune cluster encrypts its storage: `StorageEncrypted` is true (the default is false). */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'StorageEncrypted', true, { defaultText: 'false: stored unencrypted' }));
}
