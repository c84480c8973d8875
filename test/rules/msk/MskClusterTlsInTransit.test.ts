import { describeRule, tpl } from '../../support/harness';
import { cluster, cond } from './fixtures';

const transit = (t: Record<string, unknown>) => ({ EncryptionInfo: { EncryptionInTransit: t } });

describeRule('HealthData-MskClusterTlsInTransit', {
  pass: {
    'no EncryptionInfo (TLS and in-cluster encryption are the defaults)': tpl({ Kafka: cluster({}) }),
    'TLS between clients and brokers and inside the cluster': tpl({ Kafka: cluster(transit({ ClientBroker: 'TLS', InCluster: true })) }),
    'a parameter whose AllowedValues are all TLS': {
      template: tpl(
        { Kafka: cluster(transit({ ClientBroker: { Ref: 'Mode' } })) },
        { Parameters: { Mode: { Type: 'String', AllowedValues: ['TLS'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'PLAINTEXT client traffic (unlike absent, which is TLS)': tpl({ Kafka: cluster(transit({ ClientBroker: 'PLAINTEXT' })) }),
    'TLS_PLAINTEXT still accepts plaintext clients': tpl({ Kafka: cluster(transit({ ClientBroker: 'TLS_PLAINTEXT', InCluster: true })) }),
    'InCluster false replicates between brokers in plaintext': tpl({ Kafka: cluster(transit({ ClientBroker: 'TLS', InCluster: 'false' })) }),
    'client-broker mode from a parameter that allows PLAINTEXT': tpl(
      { Kafka: cluster(transit({ ClientBroker: { Ref: 'Mode' } })) },
      { Parameters: { Mode: { Type: 'String', AllowedValues: ['TLS', 'PLAINTEXT'] } } },
    ),
    'client-broker mode imported from another stack': tpl({ Kafka: cluster(transit({ ClientBroker: { 'Fn::ImportValue': 'Mode' } })) }),
    'EncryptionInfo imported whole from another stack: nothing under it is proven absent (import)': tpl({
      Kafka: cluster({ EncryptionInfo: { 'Fn::ImportValue': 'Encryption' } }),
    }),
    'EncryptionInTransit from a parameter rendered by Fn::Sub: a string where the settings object should be': tpl(
      { Kafka: cluster({ EncryptionInfo: { EncryptionInTransit: { 'Fn::Sub': '${Mode}' } } }) },
      { Parameters: { Mode: { Type: 'String' } } },
    ),
    'EncryptionInfo as an attribute of another resource: only known once deployed': tpl({
      Handle: { Type: 'AWS::CloudFormation::WaitConditionHandle' },
      Kafka: cluster({ EncryptionInfo: { 'Fn::GetAtt': ['Handle', 'Settings'] } }),
    }),
    'Fn::If with a TLS_PLAINTEXT branch': tpl({ Kafka: cluster(transit({ ClientBroker: { 'Fn::If': ['IsProd', 'TLS', 'TLS_PLAINTEXT'] } })) }, cond),
  },
});
