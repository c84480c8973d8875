import type { TemplateResource } from '../../template/template';
import { describe, get } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { resolveGroup } from '../../facts/parameter-groups';
import { DOCDB_GROUP_TYPE } from './tls';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  title: 'The DocumentDB cluster uses the default cluster parameter group or one defined in this template, so its TLS setting can be proven.',
  rationale: 'A cluster whose parameter group is defined elsewhere may have tls disabled, letting clients read health records over plaintext connections.',
  fix: 'Leave DBClusterParameterGroupName out (the default group has tls enabled) or reference an AWS::DocDB::DBClusterParameterGroup of this template with tls enabled (CDK: DatabaseCluster parameterGroup: a ClusterParameterGroup with tls: "enabled").',
  notes: 'Verified: encryption in transit is enabled by default for new DocumentDB clusters; the default cluster parameter group has tls enabled and cannot be modified. Decision (no double counting): a group of this template is judged by DocDbClusterParameterGroupTlsEnabled, so this rule only flags groups it cannot see (a name defined elsewhere, a parameter without safe AllowedValues, an import).',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * The DocumentDB cluster's TLS setting can be proven: it uses the default
 * cluster parameter group (tls enabled) or a group of this template (whose `tls`
 * value DocDbClusterParameterGroupTlsEnabled judges, so one bad group is reported
 * once). A group defined elsewhere, a parameter or an import is a finding.
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => {
    const value = get(props, 'DBClusterParameterGroupName');
    const ref = resolveGroup(cluster.template, value, [DOCDB_GROUP_TYPE], ['Name']);
    if (ref.kind !== 'unknown') return undefined;
    return {
      path: at('DBClusterParameterGroupName'),
      problem: `must be the default group or a cluster parameter group of this template, so that tls can be proven enabled: ${ref.why}`,
      found: describe(value),
    };
  });
}
