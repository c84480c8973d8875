import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The cluster keeps in-transit encryption on: `TLSEnabled` is absent (default true) or true. */
export default function MemoryDbClusterTlsEnabled(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => mustBe(props, 'TLSEnabled', true, { absentSecure: true }));
}
