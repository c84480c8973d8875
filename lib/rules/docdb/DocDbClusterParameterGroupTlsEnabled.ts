import type { Resource } from '../../template/template';
import { describe, isUnknown, str } from '../../template/values';
import { at } from '../check';
import type { RuleFinding } from '../rule';
import { mapParameter, when } from '../rds/parameter-groups';
import { DOCDB_TLS_ON } from './tls';

/**
 * The DocumentDB cluster parameter group keeps TLS required: its `tls` parameter
 * is enabled, tls1.2+, tls1.3+ or fips-140-3. Absent is compliant: a new group
 * takes the family default, enabled.
 */
export default function DocDbClusterParameterGroupTlsEnabled(group: Resource): RuleFinding[] {
  const list = DOCDB_TLS_ON.map((v) => JSON.stringify(v)).join(', ');
  const out: RuleFinding[] = [];
  for (const s of mapParameter(group, 'tls')) {
    if (s.value === undefined) continue;
    const v = str(s.value)?.toLowerCase();
    if (v !== undefined && (DOCDB_TLS_ON as readonly string[]).includes(v)) continue;
    out.push({
      path: at('Parameters.tls'),
      problem: `${isUnknown(s.value) ? 'must be provably' : 'must be'} one of ${list}${when(s)}`,
      found: describe(s.value),
    });
  }
  return out;
}
