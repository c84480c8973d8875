import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The Redshift cluster is not publicly accessible: `PubliclyAccessible` is not
 * true. Absent is compliant: the Redshift API's default is false (see the catalog notes).
 */
export default function RedshiftClusterNotPublic(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'PubliclyAccessible', false, { absentSecure: true }));
}
