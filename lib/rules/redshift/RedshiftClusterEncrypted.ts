import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::Redshift::Cluster'],
  title: 'The Redshift cluster encrypts data at rest: Encrypted is true.',
  rationale: 'An unencrypted cluster keeps the data, its snapshots and backups readable on storage media outside the database.',
  fix: 'Set Encrypted to true, with KmsKeyId for a customer-managed key (CDK alpha: encrypted: true, encryptionKey).',
  notes: 'CloudFormation documents Encrypted as optional with false when omitted; whatever a newer service default may be, the template must state it, so absence is a finding. A cluster restored from a snapshot (SnapshotIdentifier) inherits the snapshot\'s encryption, which the template cannot show: it must state Encrypted: true as well.',
  evaluate,
});

/** The Redshift cluster encrypts data at rest: `Encrypted` is true. */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    mustBe(props, 'Encrypted', true, { defaultText: 'not stated in the template; CloudFormation documents false: stored unencrypted' }),
  );
}
