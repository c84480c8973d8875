import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  title: 'The Classic Load Balancer is internal (Scheme "internal").',
  rationale: 'An internet-facing Classic Load Balancer exposes the instances that process health data to the internet.',
  fix: 'Set Scheme to "internal" (CDK: internetFacing: false on LoadBalancer from aws-elasticloadbalancing), or acknowledge a reviewed public entry point.',
  notes: 'Verified: by default Elastic Load Balancing creates an internet-facing load balancer (CreateLoadBalancer Scheme).',
  evaluate,
});

/** A Classic Load Balancer is internal. */
function evaluate(lb: TemplateResource): RuleFinding[] {
  return perVariant(lb, (props) => mustBeOneOf(props, 'Scheme', ['internal'], { defaultText: '"internet-facing"', ignoreCase: false }));
}
