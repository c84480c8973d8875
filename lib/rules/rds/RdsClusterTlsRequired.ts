import type { TemplateResource } from '../../template/template';
import { perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { databaseTlsFindings } from './engine-tls';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::RDS::DBCluster'],
  title: 'The DB cluster refuses plaintext connections: its cluster parameter group sets rds.force_ssl = 1 (aurora-postgresql, postgres) or require_secure_transport = ON (aurora-mysql, mysql).',
  rationale: 'Without the server-side switch, clients may connect to the cluster without TLS and send credentials and patient records in plaintext.',
  fix: 'Create an AWS::RDS::DBClusterParameterGroup with Parameters {"rds.force_ssl": "1"} (PostgreSQL-compatible) or {"require_secure_transport": "ON"} (MySQL-compatible) and reference it in DBClusterParameterGroupName (CDK: parameterGroup on DatabaseCluster with those parameters).',
  notes: 'Verified: the default Aurora PostgreSQL cluster parameter group has rds.force_ssl = 0 and Aurora MySQL before 8.4-compatible versions has require_secure_transport OFF, so a default or absent group is a finding; the PostgreSQL 15 default applies to RDS for PostgreSQL instances only and is not assumed here. The group must be a resource of this template: an external name, a parameter without safe AllowedValues or an import is a finding. The Aurora MySQL 5.6-compatible engine "aurora" does not support require_secure_transport: the finding stands (upgrade the engine).',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * The DB cluster (Aurora or Multi-AZ) refuses plaintext connections: its cluster
 * parameter group (a group of this template) sets rds.force_ssl = 1
 * (aurora-postgresql, postgres) or require_secure_transport = ON (aurora-mysql, mysql).
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    databaseTlsFindings(cluster, props, {
      groupProp: 'DBClusterParameterGroupName',
      groupType: 'AWS::RDS::DBClusterParameterGroup',
      postgresDefaultOn: false,
      what: 'cluster',
    }),
  );
}
