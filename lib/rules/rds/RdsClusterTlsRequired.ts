import type { Resource } from '../../template/template';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { databaseTlsFindings } from './engine-tls';

/**
 * The DB cluster (Aurora or Multi-AZ) refuses plaintext connections: its cluster
 * parameter group (a group of this template) sets rds.force_ssl = 1
 * (aurora-postgresql, postgres) or require_secure_transport = ON (aurora-mysql, mysql).
 */
export default function RdsClusterTlsRequired(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    databaseTlsFindings(cluster, props, {
      groupProp: 'DBClusterParameterGroupName',
      groupType: 'AWS::RDS::DBClusterParameterGroup',
      postgresDefaultOn: false,
      what: 'cluster',
    }),
  );
}
