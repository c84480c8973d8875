import type { TemplateResource } from '../../template/template';
import { mustBePresent, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  title: 'The domain endpoint is private to a VPC: VPCOptions.SubnetIds lists subnets.',
  rationale: 'A domain without VPC options gets a public endpoint on the internet; one permissive access policy statement then exposes every indexed health record.',
  fix: 'Set VPCOptions { SubnetIds, SecurityGroupIds } (CDK: Domain vpc and vpcSubnets). A domain cannot be moved into a VPC after creation.',
  notes: 'Verified: without VPCOptions the domain is created with a public endpoint (OpenSearch Service developer guide, VPC support). Subnet ids from parameters or imports count as subnets; an Fn::If branch that drops VPCOptions is flagged.',
  evaluate,
});

/**
 * The domain endpoint lives in a VPC: `VPCOptions.SubnetIds` lists subnets.
 * Without it the domain gets a public endpoint reachable from the internet,
 * guarded only by its access policy.
 */
function evaluate(domain: TemplateResource): RuleFinding[] {
  return perVariant(domain, (props) =>
    mustBePresent(props, 'VPCOptions.SubnetIds', 'subnets so the endpoint is private to a VPC', 'none: a public endpoint'));
}
