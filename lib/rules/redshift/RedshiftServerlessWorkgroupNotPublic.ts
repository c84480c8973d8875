import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::RedshiftServerless::Workgroup'],
  title: 'The Redshift Serverless workgroup is not publicly accessible: PubliclyAccessible is false.',
  rationale: 'A publicly accessible workgroup endpoint can be reached from the internet, leaving only a security group in front of the data.',
  fix: 'Set PubliclyAccessible to false (CDK: CfnWorkgroup publiclyAccessible: false).',
  notes: 'The CreateWorkgroup API reference does not state a default for publiclyAccessible, so absence cannot be proven private and is a finding.',
  evaluate,
});

/** The Redshift Serverless workgroup is not publicly accessible: `PubliclyAccessible` is false. */
function evaluate(workgroup: TemplateResource): RuleFinding[] {
  return perVariant(workgroup, (props) =>
    mustBe(props, 'PubliclyAccessible', false, { defaultText: 'not documented by the API reference, so privacy is not proven' }),
  );
}
