import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The NFS share does not give client root users root access: `Squash` is RootSquash or AllSquash, never NoSquash. */
export default function StorageGatewayNfsShareRootSquashed(share: Resource): RuleFinding[] {
  return perVariant(share, (props) => mustBeOneOf(props, 'Squash', ['RootSquash', 'AllSquash'], {
    defaultText: 'not stated: the template does not prove root is squashed',
    ignoreCase: false,
  }));
}
