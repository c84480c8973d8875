import type { Resource } from '../../template/template';
import { bool, describe, get, isUnknown } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { listParameter, resolveGroup, when } from '../rds/parameter-groups';

const NEED = 'must name a cluster parameter group that sets require_ssl to true';

/**
 * The Redshift cluster refuses plaintext connections: `ClusterParameterGroupName`
 * names an AWS::Redshift::ClusterParameterGroup of this template whose
 * `require_ssl` parameter is true.
 */
export default function RedshiftClusterTlsRequired(cluster: Resource): RuleFinding[] {
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
