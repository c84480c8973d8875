import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Redshift::Cluster'],
  title: 'The Redshift cluster is not publicly accessible: PubliclyAccessible is not true.',
  rationale: 'A publicly accessible cluster gets a public IP address and an internet-resolvable endpoint, leaving only a security group between the analytics copy of the health data and the internet.',
  fix: 'Set PubliclyAccessible to false or leave it out (CDK: publiclyAccessible: false, the default of @aws-cdk/aws-redshift-alpha Cluster).',
  notes: 'Verified: the Redshift API reference (CreateCluster and ModifyCluster, PubliclyAccessible) gives "Default: false", so absence is compliant; true, a parameter without safe AllowedValues, an import or an Fn::If branch with true is a finding.',
  evaluate,
});

/**
 * The Redshift cluster is not publicly accessible: `PubliclyAccessible` is not
 * true. Absent is compliant: the Redshift API's default is false (see the catalog notes).
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'PubliclyAccessible', false, { absentSecure: true }));
}
