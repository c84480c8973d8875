import type { Resource } from '../../template/template';
import { str } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { databaseTlsFindings, engineKind, oracleTlsFindings } from './engine-tls';

/**
 * The DB instance refuses plaintext connections: its parameter group (a group of
 * this template) sets the engine's TLS switch on (rds.force_ssl = 1 for
 * PostgreSQL and SQL Server, require_secure_transport = ON for MySQL and
 * MariaDB); Oracle needs native network encryption REQUIRED in its option group.
 * Instances of an Aurora or Multi-AZ DB cluster take the setting from the cluster
 * parameter group and are judged by RdsClusterTlsRequired.
 */
export default function RdsInstanceTlsRequired(db: Resource): RuleFinding[] {
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
