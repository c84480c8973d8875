import type { Resource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown, str } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';

const ENCRYPTED = ['HTTPS', 'SSL'];

/**
 * Every listener of a Classic Load Balancer accepts clients over HTTPS or SSL.
 * The back-end leg (InstanceProtocol) is not judged, as for ELBv2 target groups.
 */
export default function ElbLoadBalancerListenersEncrypted(lb: Resource): RuleFinding[] {
  return perVariant(lb, (props) => {
    const listeners = get(props, 'Listeners');
    if (isUnknown(listeners)) {
      return { path: 'Properties.Listeners', problem: 'cannot be proven to use HTTPS or SSL only', found: describe(listeners) };
    }
    return asArray(listeners).map((l, i): RuleFinding | undefined => {
      const protocol = isObject(l) ? get(l, 'Protocol') : l;
      const p = str(protocol)?.toUpperCase();
      if (p !== undefined && ENCRYPTED.includes(p)) return undefined;
      return {
        path: `Properties.Listeners.${i}.Protocol`,
        problem: p === undefined ? 'must be provably HTTPS or SSL' : `must be HTTPS or SSL: ${p} carries client traffic in plaintext`,
        found: describe(protocol),
      };
    });
  });
}
