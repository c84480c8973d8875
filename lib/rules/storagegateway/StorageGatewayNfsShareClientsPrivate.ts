import { isPrivateCidr } from '../../template/cidr';
import type { Resource } from '../../template/template';
import { asArray, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * Only private networks may mount the NFS share: `ClientList` is set and every
 * entry is an address or CIDR range entirely inside private address space
 * (RFC 1918, CGNAT, IPv6 ULA). An absent list admits every client (0.0.0.0/0).
 */
export default function StorageGatewayNfsShareClientsPrivate(share: Resource): RuleFinding[] {
  return perVariant(share, (props) => {
    const list = get(props, 'ClientList');
    if (list === undefined || (Array.isArray(list) && list.length === 0)) {
      return { path: at('ClientList'), problem: 'must list the private clients allowed to mount the share', found: absent('0.0.0.0/0: every client') };
    }
    if (isUnknown(list)) {
      return { path: at('ClientList'), problem: 'cannot be proven to admit only private clients', found: describe(list) };
    }
    return asArray(list).map((c, i): RuleFinding | undefined => {
      const s = str(c);
      const priv = s === undefined ? undefined : isPrivateCidr(s);
      if (priv === true) return undefined;
      return {
        path: at(`ClientList[${i}]`),
        problem: priv === false
          ? 'must be a private address or range: it admits clients from public address space'
          : 'cannot be proven to be a private address or range',
        found: describe(c),
      };
    });
  });
}
