import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** A Classic Load Balancer is internal. */
export default function ElbLoadBalancerInternal(lb: Resource): RuleFinding[] {
  return perVariant(lb, (props) => mustBeOneOf(props, 'Scheme', ['internal'], { defaultText: '"internet-facing"', ignoreCase: false }));
}
