import type { Resource } from '../../template/template';
import { get, str } from '../../template/values';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * An Application or Network Load Balancer is internal. A Gateway Load Balancer
 * has no scheme (it is a bump in the wire, not a front door) and passes.
 */
export default function ElbV2LoadBalancerInternal(lb: Resource): RuleFinding[] {
  return perVariant(lb, (props) => {
    if (str(get(props, 'Type'))?.toLowerCase() === 'gateway') return undefined;
    return mustBeOneOf(props, 'Scheme', ['internal'], { defaultText: '"internet-facing"', ignoreCase: false });
  });
}
