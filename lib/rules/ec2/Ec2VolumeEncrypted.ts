import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** An EBS volume is encrypted: Encrypted is true. */
export default function Ec2VolumeEncrypted(r: Resource): RuleFinding[] {
  return perVariant(r, (props) => mustBe(props, 'Encrypted', true, { defaultText: 'false, unless the account turns on EBS encryption by default, which the template does not show' }));
}
