import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The RDS proxy refuses plaintext client connections: `RequireTLS` is true (CloudFormation's default is false). */
export default function RdsProxyTlsRequired(proxy: Resource): RuleFinding[] {
  return perVariant(proxy, (props) => mustBe(props, 'RequireTLS', true, { defaultText: 'false: clients may connect in plaintext' }));
}
