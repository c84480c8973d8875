import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** A subnet does not give instances launched into it a public IPv4 address (MapPublicIpOnLaunch false; the default). */
export default function Ec2SubnetNoAutoPublicIp(r: Resource): RuleFinding[] {
  return perVariant(r, (props) => mustBe(props, 'MapPublicIpOnLaunch', false, { absentSecure: true }));
}
