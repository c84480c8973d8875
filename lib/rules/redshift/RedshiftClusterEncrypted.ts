import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The Redshift cluster encrypts data at rest: `Encrypted` is true. */
export default function RedshiftClusterEncrypted(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    mustBe(props, 'Encrypted', true, { defaultText: 'not stated in the template; CloudFormation documents false: stored unencrypted' }),
  );
}
