import { isPrivateCidr } from '../../template/cidr';
import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::StorageGateway::NFSFileShare'],
  title: 'The NFS file share admits only private clients: ClientList is set and every entry is a private address or CIDR range.',
  rationale: 'NFS trusts the client\'s claimed user id; a share open to public address space lets anyone who reaches the gateway mount the S3 bucket behind it, as with the call recordings left on an open file server.',
  fix: "Set ClientList to the private ranges of the hosts that need the share, e.g. ['10.20.0.0/24'] (CDK: CfnNFSFileShare clientList: ['10.20.0.0/24']).",
  notes: 'Absence is a finding: the list the service applies when none is given could not be verified in the API reference (provider examples use 0.0.0.0/0, i.e. everyone), and the aws-cdk-lib 2.276 L1 documents that removing ClientList keeps the share\'s current list, so the template does not prove the share closed. Entries are judged by address arithmetic (lib/template/cidr.ts): private means RFC 1918, CGNAT 100.64/10, loopback or IPv6 ULA; a bare address is one host; anything unparsable or unresolvable is a finding.',
  evaluate,
});

/**
 * Only private networks may mount the NFS share: `ClientList` is set and every
 * entry is an address or CIDR range entirely inside private address space
 * (RFC 1918, CGNAT, IPv6 ULA). An absent list admits every client (0.0.0.0/0).
 */
function evaluate(share: TemplateResource): RuleFinding[] {
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
