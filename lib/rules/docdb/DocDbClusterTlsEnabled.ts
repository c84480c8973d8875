import type { Resource } from '../../template/template';
import { describe, get } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { resolveGroup } from '../rds/parameter-groups';
import { DOCDB_GROUP_TYPE } from './tls';

/**
 * The DocumentDB cluster's TLS setting can be proven: it uses the default
 * cluster parameter group (tls enabled) or a group of this template (whose `tls`
 * value DocDbClusterParameterGroupTlsEnabled judges, so one bad group is reported
 * once). A group defined elsewhere, a parameter or an import is a finding.
 */
export default function DocDbClusterTlsEnabled(cluster: Resource): RuleFinding[] {
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
