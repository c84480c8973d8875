import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::RDS::DBProxy'],
  title: 'The RDS proxy requires TLS from its clients: RequireTLS is true.',
  rationale: 'A proxy that accepts plaintext lets applications send credentials and query results unencrypted to the proxy, even when the database behind it requires TLS.',
  fix: 'Set RequireTLS to true (CDK: DatabaseProxy requireTLS: true, its default).',
  notes: 'CloudFormation AWS::RDS::DBProxy RequireTLS is optional and TLS is only enforced when it is true (CreateDBProxy: "By enabling this setting, you can enforce encrypted TLS connections"), so absence is a finding. CDK\'s DatabaseProxy writes RequireTLS: true unless requireTLS: false.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** The RDS proxy refuses plaintext client connections: `RequireTLS` is true (CloudFormation's default is false). */
function evaluate(proxy: TemplateResource): RuleFinding[] {
  return perVariant(proxy, (props) => mustBe(props, 'RequireTLS', true, { defaultText: 'false: clients may connect in plaintext' }));
}
