import type { Resource } from '../../template/template';
import { asArray, describe, get, isUnknown, str } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Protocols that encrypt the transfer: SSH, TLS, and AS2 (CMS-encrypted messages, required by Transfer Family over HTTP). */
const ENCRYPTED = ['SFTP', 'FTPS', 'AS2'];

/** The server offers only encrypted protocols: `Protocols` (default `[SFTP]`) does not include FTP. */
export default function TransferServerProtocolsEncrypted(server: Resource): RuleFinding[] {
  return perVariant(server, (props) => {
    const protocols = get(props, 'Protocols');
    if (protocols === undefined) return undefined;
    if (isUnknown(protocols)) {
      return { path: at('Protocols'), problem: 'must provably list only SFTP, FTPS or AS2', found: describe(protocols) };
    }
    return asArray(protocols).map((p, i): RuleFinding | undefined => {
      const s = str(p)?.toUpperCase();
      if (s !== undefined && ENCRYPTED.includes(s)) return undefined;
      return {
        path: at(`Protocols[${i}]`),
        problem: s === 'FTP'
          ? 'must not be FTP: user names, passwords and files cross the network in the clear'
          : `must be provably one of ${ENCRYPTED.join(', ')}`,
        found: describe(p),
      };
    });
  });
}
