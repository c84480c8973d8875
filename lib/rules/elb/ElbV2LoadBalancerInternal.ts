import type { TemplateResource } from '../../template/template';
import { get, str } from '../../template/values';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  title: 'The Application or Network Load Balancer is internal (Scheme "internal"); Gateway Load Balancers have no scheme and pass.',
  rationale: 'An internet-facing load balancer is a public front door to the services that hold health data; every one must be either internal or reviewed and acknowledged.',
  fix: "Set Scheme to \"internal\" (CDK: internetFacing: false, the default of ApplicationLoadBalancer/NetworkLoadBalancer), or acknowledge a reviewed public entry point with Validations.of(lb).acknowledge({ id, reason }).",
  notes: 'Verified: the default Scheme is internet-facing, and a Gateway Load Balancer cannot take a scheme (ELBv2 CreateLoadBalancer reference). Strict by default: every internet-facing load balancer is a finding to acknowledge; security groups are judged by the ec2 rules.',
  evaluate,
});

/**
 * An Application or Network Load Balancer is internal. A Gateway Load Balancer
 * has no scheme (it is a bump in the wire, not a front door) and passes.
 */
function evaluate(lb: TemplateResource): RuleFinding[] {
  return perVariant(lb, (props) => {
    if (str(get(props, 'Type'))?.toLowerCase() === 'gateway') return undefined;
    return mustBeOneOf(props, 'Scheme', ['internal'], { defaultText: '"internet-facing"', ignoreCase: false });
  });
}
