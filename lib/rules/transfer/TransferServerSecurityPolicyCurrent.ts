import type { Resource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * Server security policies are named `TransferSecurityPolicy-[<Variant>-]YYYY-MM`
 * (`-2024-01`, `-FIPS-2024-05`, `-PQ-SSH-Experimental-2023-04`, `-Restricted-2024-06`, ...).
 * The 2018-11 generation (CloudFormation's default) keeps legacy algorithms; from
 * 2020-06 on, policies are accepted, including ones published after this rule.
 */
const NAME = /^TransferSecurityPolicy-(?:[A-Za-z0-9]+-)*((?:19|20)\d\d)-(\d\d)$/;
const OLDEST_CURRENT = 202006;

/** The server's `SecurityPolicyName` is a current policy (not the 2018-11 generation CloudFormation defaults to). */
export default function TransferServerSecurityPolicyCurrent(server: Resource): RuleFinding[] {
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
