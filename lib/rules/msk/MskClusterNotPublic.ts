import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Brokers have no public IP addresses: `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` is absent or `DISABLED`. */
export default function MskClusterNotPublic(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    mustBeOneOf(props, 'BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type', ['DISABLED'], { absentSecure: true }));
}
