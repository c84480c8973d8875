import { describeRule, tpl } from '../../support/harness';

const broker = (props: Record<string, unknown>) => ({
  Type: 'AWS::AmazonMQ::Broker',
  Properties: {
    BrokerName: 'phi', EngineType: 'ActiveMQ', EngineVersion: '5.18', HostInstanceType: 'mq.m5.large', DeploymentMode: 'SINGLE_INSTANCE',
    AutoMinorVersionUpgrade: true, Users: [{ Username: 'app', Password: 'x' }], ...props,
  },
});
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-MqBrokerNotPublic', {
  pass: {
    'private broker': tpl({ Mq: broker({ PubliclyAccessible: false, SubnetIds: ['subnet-1'] }) }),
    'private broker, "false" as a string': tpl({ Mq: broker({ PubliclyAccessible: 'false' }) }),
    'PubliclyAccessible absent (defaults to false)': tpl({ Mq: broker({}) }),
  },
  fail: {
    'publicly accessible broker exposes its console and endpoints (unlike absent, which defaults to private)': tpl({ Mq: broker({ PubliclyAccessible: true }) }),
    'PubliclyAccessible "true" as a string': tpl({ Mq: broker({ PubliclyAccessible: 'true' }) }),
    'PubliclyAccessible imported from another stack': tpl({ Mq: broker({ PubliclyAccessible: { 'Fn::ImportValue': 'Public' } }) }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl(
      { Mq: broker({ PubliclyAccessible: { Ref: 'Public' } }) },
      { Parameters: { Public: { Type: 'String', Default: 'false' } } },
    ),
    'Fn::If that makes the broker public outside prod': tpl({ Mq: broker({ PubliclyAccessible: { 'Fn::If': ['IsProd', false, true] } }) }, cond),
  },
});
