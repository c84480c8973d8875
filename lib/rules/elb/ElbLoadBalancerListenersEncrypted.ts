import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown, str } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  title: 'Every Classic Load Balancer listener accepts clients over HTTPS or SSL.',
  rationale: 'An HTTP or TCP listener carries health data unencrypted between clients and the load balancer.',
  fix: 'Set Listeners[].Protocol to HTTPS or SSL with an SSLCertificateId (CDK: externalProtocol: LoadBalancingProtocol.HTTPS), or migrate to an ALB with an HTTPS listener.',
  notes: 'Decision: InstanceProtocol (the load balancer to instance leg inside the VPC) is not judged, consistent with ELBv2 target groups; only the client-facing Protocol is. A TCP listener fails even if instances terminate TLS: pass-through cannot be proven.',
  evaluate,
});

const ENCRYPTED = ['HTTPS', 'SSL'];

/**
 * Every listener of a Classic Load Balancer accepts clients over HTTPS or SSL.
 * The back-end leg (InstanceProtocol) is not judged, as for ELBv2 target groups.
 */
function evaluate(lb: TemplateResource): RuleFinding[] {
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
