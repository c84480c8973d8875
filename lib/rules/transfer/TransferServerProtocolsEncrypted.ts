import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isUnknown, str } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::Transfer::Server'],
  title: 'The Transfer Family server offers only encrypted protocols: Protocols lists only SFTP, FTPS or AS2, never FTP.',
  rationale: 'FTP sends user names, passwords and the files themselves in the clear; anyone on the path reads the recordings and can log in later.',
  fix: "Remove FTP from Protocols and use SFTP or FTPS (CDK: CfnServer protocols: ['SFTP']).",
  notes: 'Verified: Protocols defaults to SFTP when omitted, so absence passes. FTPS is FTP over TLS. AS2 is accepted: Transfer Family requires AS2 messages received over HTTP to be CMS-encrypted (unencrypted ones only behind a TLS-terminating load balancer). Values are compared without regard to case; unresolvable entries are findings.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** Protocols that encrypt the transfer: SSH, TLS, and AS2 (CMS-encrypted messages, required by Transfer Family over HTTP). */
const ENCRYPTED = ['SFTP', 'FTPS', 'AS2'];

/** The server offers only encrypted protocols: `Protocols` (default `[SFTP]`) does not include FTP. */
function evaluate(server: TemplateResource): RuleFinding[] {
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
