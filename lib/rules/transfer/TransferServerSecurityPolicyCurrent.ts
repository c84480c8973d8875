import type { TemplateResource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::Transfer::Server'],
  title: 'The Transfer Family server uses a current security policy: SecurityPolicyName is TransferSecurityPolicy-2020-06 or newer.',
  rationale: 'The 2018-11 policy still negotiates legacy SSH and TLS algorithms, so a client or attacker can downgrade the session protecting health data in transit.',
  fix: "Set SecurityPolicyName to a current policy such as TransferSecurityPolicy-2024-01 or TransferSecurityPolicy-FIPS-2024-05 (CDK: CfnServer securityPolicyName: 'TransferSecurityPolicy-2024-01').",
  notes: 'Verified: a server created by CloudFormation without SecurityPolicyName gets TransferSecurityPolicy-2018-11 (the console/API default is 2024-01), so absence is a finding. Accepted: any TransferSecurityPolicy-[<variant>-]YYYY-MM dated 2020-06 or later (2020-06, 2022-03, 2023-05, 2024-01, 2025-03, FIPS-*, PQ-SSH-*, Restricted-2020-06/2024-06, SshAuditCompliant-2025-02, AS2Restricted-2025-07 and later ones). Refused: the 2018-11 generation (2018-11, Restricted-2018-11) and anything that cannot be resolved.',
  evaluate,
});

/**
 * Server security policies are named `TransferSecurityPolicy-[<Variant>-]YYYY-MM`
 * (`-2024-01`, `-FIPS-2024-05`, `-PQ-SSH-Experimental-2023-04`, `-Restricted-2024-06`, ...).
 * The 2018-11 generation (CloudFormation's default) keeps legacy algorithms; from
 * 2020-06 on, policies are accepted, including ones published after this rule.
 */
const NAME = /^TransferSecurityPolicy-(?:[A-Za-z0-9]+-)*((?:19|20)\d\d)-(\d\d)$/;
const OLDEST_CURRENT = 202006;

/** The server's `SecurityPolicyName` is a current policy (not the 2018-11 generation CloudFormation defaults to). */
function evaluate(server: TemplateResource): RuleFinding[] {
  return perVariant(server, (props) => {
    const name = get(props, 'SecurityPolicyName');
    const problem = 'must be TransferSecurityPolicy-2020-06 or newer (e.g. TransferSecurityPolicy-2024-01 or a FIPS variant)';
    if (name === undefined) {
      return { path: at('SecurityPolicyName'), problem, found: absent('TransferSecurityPolicy-2018-11 in CloudFormation, with legacy algorithms') };
    }
    const m = NAME.exec(str(name) ?? '');
    if (m && Number(m[1]) * 100 + Number(m[2]) >= OLDEST_CURRENT) return undefined;
    return { path: at('SecurityPolicyName'), problem: isUnknown(name) ? `${problem}; the value cannot be proven` : problem, found: describe(name) };
  });
}
