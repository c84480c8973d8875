import type { Resource } from '../../template/template';
import { mustBePresent, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The domain endpoint lives in a VPC: `VPCOptions.SubnetIds` lists subnets.
 * Without it the domain gets a public endpoint reachable from the internet,
 * guarded only by its access policy.
 */
export default function OpenSearchDomainInVpc(domain: Resource): RuleFinding[] {
  return perVariant(domain, (props) =>
    mustBePresent(props, 'VPCOptions.SubnetIds', 'subnets so the endpoint is private to a VPC', 'none: a public endpoint'));
}
