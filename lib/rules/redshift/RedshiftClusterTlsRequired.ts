import type { TemplateResource } from '../../template/template';
import { bool, describe, get, isUnknown } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { listParameter, resolveGroup, when } from '../../facts/parameter-groups';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::Redshift::Cluster'],
  title: 'The Redshift cluster refuses plaintext connections: ClusterParameterGroupName names a parameter group of this template whose require_ssl is true.',
  rationale: 'Unless require_ssl is on, SQL clients may connect without TLS and receive query results with health data in plaintext.',
  fix: 'Create an AWS::Redshift::ClusterParameterGroup with Parameters [{ParameterName: require_ssl, ParameterValue: "true"}] and reference it in ClusterParameterGroupName (CDK alpha: parameterGroup: new ClusterParameterGroup(this, "Params", { parameters: { require_ssl: "true" } })).',
  notes: 'require_ssl is false in the long-standing default parameter group (default.redshift-1.0); the template cannot show which default group a new cluster gets, so an absent or default.* group is a finding (fail closed). A group defined elsewhere, a parameter without safe AllowedValues or an import is a finding. The group is judged through the cluster (one finding per cluster); parameter groups are not judged on their own.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

const NEED = 'must name a cluster parameter group that sets require_ssl to true';

/**
 * The Redshift cluster refuses plaintext connections: `ClusterParameterGroupName`
 * names an AWS::Redshift::ClusterParameterGroup of this template whose
 * `require_ssl` parameter is true.
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => {
    const value = get(props, 'ClusterParameterGroupName');
    const ref = resolveGroup(cluster.template, value, ['AWS::Redshift::ClusterParameterGroup'], ['ParameterGroupName']);
    if (ref.kind === 'default') {
      return {
        path: at('ClusterParameterGroupName'),
        problem: NEED,
        found: value === undefined ? 'absent (uses a default parameter group, whose require_ssl the template cannot prove true)' : `${describe(value)} (a default parameter group, whose require_ssl the template cannot prove true)`,
      };
    }
    if (ref.kind === 'unknown') {
      return { path: at('ClusterParameterGroupName'), problem: `${NEED}, defined in this template so that the setting can be proven: ${ref.why}`, found: describe(value) };
    }
    return listParameter(ref.group, 'require_ssl').map((s) => {
      if (bool(s.value) === true) return undefined;
      const how = s.value === undefined
        ? 'leaves it at its default false'
        : isUnknown(s.value) ? `sets it to a value that cannot be proven: ${describe(s.value)}` : `sets it to ${describe(s.value)}`;
      return { path: at('ClusterParameterGroupName'), problem: `${NEED}; ${ref.group.logicalId} ${how}${when(s)}`, found: describe(value) };
    });
  });
}
