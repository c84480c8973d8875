import type { Resource } from '../../template/template';
import { asArray, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Endpoint types reachable only from inside a VPC (VPC_ENDPOINT is deprecated but not internet-facing). */
const PRIVATE_ENDPOINTS = ['VPC', 'VPC_ENDPOINT'];

/**
 * The server's endpoint is not reachable from the internet: `EndpointType` is VPC
 * (or the legacy VPC_ENDPOINT), not the default PUBLIC, and no Elastic IP is
 * attached (`EndpointDetails.AddressAllocationIds` absent or empty).
 */
export default function TransferServerNotPublic(server: Resource): RuleFinding[] {
  return perVariant(server, (props) => {
    const type = get(props, 'EndpointType');
    if (type === undefined) {
      return { path: at('EndpointType'), problem: 'must be "VPC"', found: absent('PUBLIC: an internet-facing endpoint') };
    }
    const t = str(type)?.toUpperCase();
    if (t === undefined || !PRIVATE_ENDPOINTS.includes(t)) {
      return { path: at('EndpointType'), problem: isUnknown(type) ? 'must be provably "VPC"' : 'must be "VPC"', found: describe(type) };
    }
    const eips = get(props, 'EndpointDetails.AddressAllocationIds');
    if (eips === undefined || (Array.isArray(eips) && eips.length === 0)) return undefined;
    return {
      path: at('EndpointDetails.AddressAllocationIds'),
      problem: isUnknown(eips) || asArray(eips).some(isUnknown)
        ? 'cannot be proven empty: Elastic IPs attached here make the VPC endpoint internet-facing'
        : 'must be empty: Elastic IPs make the VPC endpoint internet-facing',
      found: describe(eips),
    };
  });
}
