import { describeRule, tpl } from '../../support/harness';
import { cdkDomain, cond, domain } from './fixtures';

describeRule('HealthData-OpenSearchDomainEncryptedAtRest', {
  pass: {
    'encryption at rest on': tpl({ Search: domain({ EncryptionAtRestOptions: { Enabled: true } }) }),
    'legacy Elasticsearch domain encrypted with a KMS key': tpl({
      Key: { Type: 'AWS::KMS::Key', Properties: {} },
      Search: domain({ EncryptionAtRestOptions: { Enabled: 'true', KmsKeyId: { Ref: 'Key' } } }, 'AWS::Elasticsearch::Domain'),
    }),
    'CDK Domain with encryptionAtRest enabled': cdkDomain({ encryptionAtRest: { enabled: true } }),
  },
  fail: {
    'EncryptionAtRestOptions absent: indices and snapshots unencrypted': tpl({ Search: domain({}) }),
    'encryption at rest off': tpl({ Search: domain({ EncryptionAtRestOptions: { Enabled: false } }, 'AWS::Elasticsearch::Domain') }),
    'Enabled imported from another stack': tpl({ Search: domain({ EncryptionAtRestOptions: { Enabled: { 'Fn::ImportValue': 'Enc' } } }) }),
    'Fn::If that drops encryption outside prod': tpl(
      { Search: domain({ EncryptionAtRestOptions: { 'Fn::If': ['IsProd', { Enabled: true }, { Ref: 'AWS::NoValue' }] } }) },
      cond,
    ),
    'CDK Domain with its defaults (encryptionAtRest off)': cdkDomain(),
  },
});
