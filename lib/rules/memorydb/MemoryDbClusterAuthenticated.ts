import type { Resource } from '../../template/template';
import { describe, get, isReference, str } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const OPEN = 'open-access';

/**
 * Clients must authenticate: `ACLName` names an access control list other than
 * the built-in `open-access`, which lets any client that reaches the port in
 * without a password.
 */
export default function MemoryDbClusterAuthenticated(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => {
    const acl = get(props, 'ACLName');
    const target = cluster.template.target(acl);
    if (target?.type === 'AWS::MemoryDB::ACL') return undefined;
    const name = str(acl);
    if (name !== undefined && name !== '' && name.toLowerCase() !== OPEN) return undefined;
    if (acl === undefined) return { path: at('ACLName'), problem: 'must name an access control list other than open-access', found: 'absent' };
    if (name?.toLowerCase() === OPEN) return { path: at('ACLName'), problem: 'is the open-access ACL: clients connect without authenticating', found: describe(acl) };
    return {
      path: at('ACLName'),
      problem: isReference(acl) ? 'must refer to an AWS::MemoryDB::ACL' : 'must provably name an access control list other than open-access',
      found: describe(acl),
    };
  });
}
