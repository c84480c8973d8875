import { describeRule, tpl } from '../../support/harness';
import { IAM, cluster, cond } from './fixtures';

describeRule('HealthData-MskClusterAuthenticated', {
  pass: {
    'IAM authentication': tpl({ Kafka: cluster(IAM) }),
    'SASL/SCRAM with unauthenticated access explicitly off': tpl({
      Kafka: cluster({ ClientAuthentication: { Sasl: { Scram: { Enabled: 'true' } }, Unauthenticated: { Enabled: false } } }),
    }),
    'mutual TLS given by its CA list only (older shape)': tpl({
      Kafka: cluster({ ClientAuthentication: { Tls: { CertificateAuthorityArnList: ['arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/1'] } } }),
    }),
  },
  fail: {
    'ClientAuthentication absent: any client reads and writes topics': tpl({ Kafka: cluster({}) }),
    'unauthenticated access on beside IAM': tpl({
      Kafka: cluster({ ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: true } } }),
    }),
    'every mechanism switched off': tpl({
      Kafka: cluster({ ClientAuthentication: { Sasl: { Iam: { Enabled: false } }, Tls: { Enabled: false } } }),
    }),
    'IAM switch from a parameter without AllowedValues (token)': tpl(
      { Kafka: cluster({ ClientAuthentication: { Sasl: { Iam: { Enabled: { Ref: 'Iam' } } } } }) },
      { Parameters: { Iam: { Type: 'String', Default: 'true' } } },
    ),
    'client authentication imported from another stack': tpl({ Kafka: cluster({ ClientAuthentication: { 'Fn::ImportValue': 'Auth' } }) }),
    'Fn::If that drops client authentication outside prod': tpl(
      { Kafka: cluster({ ClientAuthentication: { 'Fn::If': ['IsProd', IAM.ClientAuthentication, { Ref: 'AWS::NoValue' }] } }) },
      cond,
    ),
  },
});
