import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::EC2::Volume'],
  title: 'The EBS volume is encrypted (Encrypted is true).',
  rationale: 'An unencrypted EBS volume leaves health data readable in snapshots, copies and on retired media.',
  fix: 'Set Encrypted true, ideally with a customer-managed KmsKeyId (CDK: ec2.Volume encrypted: true, encryptionKey).',
  notes: 'Absent is false. Account-level EBS encryption by default encrypts new volumes, but it is a per-region account setting that is not visible in the template and can be turned off, so the template must say Encrypted true.',
  evaluate,
});

/** An EBS volume is encrypted: Encrypted is true. */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => mustBe(props, 'Encrypted', true, { defaultText: 'false, unless the account turns on EBS encryption by default, which the template does not show' }));
}
