export const docCluster = (extra: Record<string, unknown>) => ({ Type: 'AWS::DocDB::DBCluster', Properties: { MasterUsername: 'admin', ...extra } });
export const docGroup = (parameters: unknown, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::DocDB::DBClusterParameterGroup', Properties: { Description: 'tls', Family: 'docdb5.0', Parameters: parameters, ...extra },
});
