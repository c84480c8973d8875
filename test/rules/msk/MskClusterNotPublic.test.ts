import { describeRule, tpl } from '../../support/harness';
import { cluster, cond } from './fixtures';

const access = (type: unknown) => ({ ConnectivityInfo: { PublicAccess: { Type: type } } });

describeRule('HealthData-MskClusterNotPublic', {
  pass: {
    'no connectivity info (public access defaults to DISABLED)': tpl({ Kafka: cluster({}) }),
    'public access explicitly DISABLED': tpl({ Kafka: cluster({}, access('DISABLED')) }),
  },
  fail: {
    'brokers with service-provided public IPs (unlike absent, which is private)': tpl({ Kafka: cluster({}, access('SERVICE_PROVIDED_EIPS')) }),
    'public access type from a parameter without AllowedValues (token)': tpl(
      { Kafka: cluster({}, access({ Ref: 'Access' })) },
      { Parameters: { Access: { Type: 'String', Default: 'DISABLED' } } },
    ),
    'public access type imported from another stack': tpl({ Kafka: cluster({}, access({ 'Fn::ImportValue': 'Access' })) }),
    'Fn::If that gives brokers public IPs outside prod': tpl(
      { Kafka: cluster({}, access({ 'Fn::If': ['IsProd', 'DISABLED', 'SERVICE_PROVIDED_EIPS'] })) },
      cond,
    ),
  },
});
