import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The DMS replication instance has no public IP address: `PubliclyAccessible` is false (the default is true). */
export default function DmsReplicationInstanceNotPublic(instance: Resource): RuleFinding[] {
  return perVariant(instance, (props) =>
    mustBe(props, 'PubliclyAccessible', false, { defaultText: 'true: the replication instance gets a public IP address' }),
  );
}
