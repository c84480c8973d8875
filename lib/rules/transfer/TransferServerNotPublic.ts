import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Transfer::Server'],
  title: 'The Transfer Family server endpoint is inside a VPC (EndpointType VPC) with no Elastic IP attached.',
  rationale: 'A PUBLIC endpoint, or a VPC endpoint with Elastic IPs, accepts SFTP/FTPS logins from the whole internet: one weak or leaked credential exposes the recordings behind it.',
  fix: "Set EndpointType: VPC with EndpointDetails VpcId, SubnetIds and SecurityGroupIds, and leave AddressAllocationIds out (CDK: new transfer.CfnServer(this, 'Server', { endpointType: 'VPC', endpointDetails: { vpcId, subnetIds, securityGroupIds } })). Reach partners through a VPN, Direct Connect or a private link instead.",
  notes: 'Verified: EndpointType defaults to PUBLIC; AddressAllocationIds "make your VPC endpoint public-facing" (internet-facing endpoint) and are only allowed with EndpointType VPC. Decision: VPC_ENDPOINT (deprecated since May 2021, no new servers) passes: it is reachable only through a VPC interface endpoint and cannot take Elastic IPs. Which clients may reach a VPC endpoint is judged by the security-group rules.',
  evaluate,
});

/** Endpoint types reachable only from inside a VPC (VPC_ENDPOINT is deprecated but not internet-facing). */
const PRIVATE_ENDPOINTS = ['VPC', 'VPC_ENDPOINT'];

/**
 * The server's endpoint is not reachable from the internet: `EndpointType` is VPC
 * (or the legacy VPC_ENDPOINT), not the default PUBLIC, and no Elastic IP is
 * attached (`EndpointDetails.AddressAllocationIds` absent or empty).
 */
function evaluate(server: TemplateResource): RuleFinding[] {
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
