import type { TemplateResource } from '../../template/template';
import { describe, isUnknown, str } from '../../template/values';
import { at } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { mapParameter, when } from '../../facts/parameter-groups';
import { DOCDB_TLS_ON } from './tls';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::DocDB::DBClusterParameterGroup'],
  title: 'The DocumentDB cluster parameter group keeps TLS required: tls is enabled, tls1.2+, tls1.3+ or fips-140-3 (or left at its default, enabled).',
  rationale: 'tls: disabled makes every cluster using the group accept plaintext connections, exposing credentials and health records on the network.',
  fix: 'Set Parameters.tls to "enabled" (or "tls1.2+", "tls1.3+", "fips-140-3"), or leave it out.',
  notes: 'Verified (DocumentDB Parameter reference): tls accepts enabled, disabled, fips-140-3, tls1.2+ and tls1.3+; a new group takes the family default, enabled, so absence is compliant. A value from a parameter without safe AllowedValues, an import or an Fn::If branch with disabled is a finding.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * The DocumentDB cluster parameter group keeps TLS required: its `tls` parameter
 * is enabled, tls1.2+, tls1.3+ or fips-140-3. Absent is compliant: a new group
 * takes the family default, enabled.
 */
function evaluate(group: TemplateResource): RuleFinding[] {
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
