import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The broker accepts connections only from its VPC: `PubliclyAccessible` is false (absent: false, or the template is rejected). */
export default function MqBrokerNotPublic(broker: Resource): RuleFinding[] {
  return perVariant(broker, (props) =>
    mustBe(props, 'PubliclyAccessible', false, { absentSecure: true }));
}
