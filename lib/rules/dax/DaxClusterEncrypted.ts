import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::DAX::Cluster'],
  title: 'The DAX cluster encrypts its cached items at rest: SSESpecification.SSEEnabled is true.',
  rationale: 'DAX caches DynamoDB items (health records) on node storage; without server-side encryption they are stored in the clear.',
  fix: 'Set SSESpecification.SSEEnabled to true (CDK: CfnCluster sseSpecification: { sseEnabled: true }). It can only be set when the cluster is created.',
  notes: 'Verified: SSESpecification is optional and encryption at rest is only on when SSEEnabled is true; it can only be chosen at creation (CloudFormation reference: update requires replacement). Absence is flagged.',
  evaluate,
});

/** The DAX cluster encrypts its cache at rest: `SSESpecification.SSEEnabled` is true. */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'SSESpecification.SSEEnabled', true, { defaultText: 'false: unencrypted' }));
}
