/** Small template pieces shared by the database rule tests. */
import type { Json } from '../../support/harness';

export const res = (Type: string) => (Properties: Json): Json => ({ Type, Properties });
export const instance = res('AWS::RDS::DBInstance');
export const cluster = res('AWS::RDS::DBCluster');
export const paramGroup = res('AWS::RDS::DBParameterGroup');
export const clusterParamGroup = res('AWS::RDS::DBClusterParameterGroup');

/** A string parameter without AllowedValues: anything at deploy time. */
export const FREE = (name: string, dflt?: unknown): Json => ({ Parameters: { [name]: { Type: 'String', ...(dflt === undefined ? {} : { Default: dflt }) } } });

/** A condition decided only at deploy time, named IsProd. */
export const IS_PROD: Json = {
  Parameters: { Env: { Type: 'String' } },
  Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
};
