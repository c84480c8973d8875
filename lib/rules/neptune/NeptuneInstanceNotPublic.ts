import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The Neptune DB instance has no public endpoint: `PubliclyAccessible` is not
 * true. Absent is compliant: Neptune creates instances with public endpoints disabled.
 */
export default function NeptuneInstanceNotPublic(instance: Resource): RuleFinding[] {
  return perVariant(instance, (props) => mustBe(props, 'PubliclyAccessible', false, { absentSecure: true }));
}
