/** DocumentDB's `tls` cluster parameter: the values that refuse plaintext connections. Not a rule. */
export const DOCDB_TLS_ON = ['enabled', 'tls1.2+', 'tls1.3+', 'fips-140-3'] as const;
export const DOCDB_GROUP_TYPE = 'AWS::DocDB::DBClusterParameterGroup';
