export const cluster = (props: Record<string, unknown>, broker: Record<string, unknown> = {}) => ({
  Type: 'AWS::MSK::Cluster',
  Properties: {
    ClusterName: 'phi',
    KafkaVersion: '3.6.0',
    NumberOfBrokerNodes: 2,
    BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['subnet-1', 'subnet-2'], ...broker },
    ...props,
  },
});
export const IAM = { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } };
export const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };
