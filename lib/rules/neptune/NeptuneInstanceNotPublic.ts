import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Neptune::DBInstance'],
  title: 'The Neptune DB instance has no public endpoint: PubliclyAccessible is not true.',
  rationale: 'A public endpoint lets the graph of patients, providers and records be reached from the internet, with only IAM authentication and a security group in front of it.',
  fix: 'Set PubliclyAccessible to false or leave it out (CDK: CfnDBInstance publiclyAccessible: false).',
  notes: 'Verified (Neptune user guide, Public endpoints): public endpoints exist from engine 1.4.6.x, are set per instance, and new Neptune databases are created with them disabled, so absence is compliant; true, a parameter without safe AllowedValues, an import or an Fn::If branch with true is a finding.',
  evaluate,
});

/**
 * The Neptune DB instance has no public endpoint: `PubliclyAccessible` is not
 * true. Absent is compliant: Neptune creates instances with public endpoints disabled.
 */
function evaluate(instance: TemplateResource): RuleFinding[] {
  return perVariant(instance, (props) => mustBe(props, 'PubliclyAccessible', false, { absentSecure: true }));
}
