import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The DAX cluster encrypts its cache at rest: `SSESpecification.SSEEnabled` is true. */
export default function DaxClusterEncrypted(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'SSESpecification.SSEEnabled', true, { defaultText: 'false: unencrypted' }));
}
