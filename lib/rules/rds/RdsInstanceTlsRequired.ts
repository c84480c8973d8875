import type { TemplateResource } from '../../template/template';
import { str } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { databaseTlsFindings, engineKind, oracleTlsFindings } from './engine-tls';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::RDS::DBInstance'],
  title: 'The DB instance refuses plaintext connections: its parameter group sets rds.force_ssl = 1 (PostgreSQL, SQL Server) or require_secure_transport = ON (MySQL, MariaDB), or, for Oracle, its option group requires native network encryption.',
  rationale: 'Without the server-side switch, a client (or an attacker downgrading it) can connect without TLS and send credentials and patient records in plaintext across the network.',
  fix: 'Create an AWS::RDS::DBParameterGroup with Parameters {"rds.force_ssl": "1"} (PostgreSQL, SQL Server) or {"require_secure_transport": "ON"} (MySQL, MariaDB) and reference it in DBParameterGroupName (CDK: parameterGroup: new rds.ParameterGroup(this, "Params", { engine, parameters: { "rds.force_ssl": "1" } })). Oracle: an AWS::RDS::OptionGroup with NATIVE_NETWORK_ENCRYPTION and SQLNET.ENCRYPTION_SERVER = REQUIRED in OptionGroupName.',
  notes: 'The database is judged (the thing that serves data), reading the group it references; parameter groups are not judged on their own, so one bad group is reported once per database that uses it. The group must be a resource of this template (or a default group): a name defined elsewhere, a parameter without safe AllowedValues or an import is a finding. Verified: RDS for PostgreSQL 15 and later have rds.force_ssl = 1 in the default parameter group (and as the family default of a custom group), earlier versions 0; so a postgres instance with no group, a default.postgres15+ group, or a postgres15+ group that does not set rds.force_ssl passes when EngineVersion (or the group family) shows 15 or later; with EngineVersion absent the version is not provable and it is a finding. MySQL, MariaDB and SQL Server default to off. Oracle has no parameter that refuses plaintext: the SSL option only adds a TCPS listener beside the plain one, so native network encryption REQUIRED is the accepted shape. Db2 and custom engines have no switch this pack can verify: finding. Members of an Aurora or Multi-AZ DB cluster (DBClusterIdentifier) take the setting from the cluster parameter group and are judged by RdsClusterTlsRequired. The engine comes from Engine, or from the group family for read replicas and restores.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * The DB instance refuses plaintext connections: its parameter group (a group of
 * this template) sets the engine's TLS switch on (rds.force_ssl = 1 for
 * PostgreSQL and SQL Server, require_secure_transport = ON for MySQL and
 * MariaDB); Oracle needs native network encryption REQUIRED in its option group.
 * Instances of an Aurora or Multi-AZ DB cluster take the setting from the cluster
 * parameter group and are judged by RdsClusterTlsRequired.
 */
function evaluate(db: TemplateResource): RuleFinding[] {
  return perVariant(db, (props) => {
    if (props.DBClusterIdentifier !== undefined) return undefined;
    const engine = str(props.Engine);
    if (engine && engineKind(engine) === 'oracle') return oracleTlsFindings(db, props);
    return databaseTlsFindings(db, props, {
      groupProp: 'DBParameterGroupName',
      groupType: 'AWS::RDS::DBParameterGroup',
      postgresDefaultOn: true,
      what: 'instance',
    });
  });
}
