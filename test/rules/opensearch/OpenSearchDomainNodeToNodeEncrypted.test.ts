import { describeRule, tpl } from '../../support/harness';
import { cdkDomain, cond, domain } from './fixtures';

describeRule('HealthData-OpenSearchDomainNodeToNodeEncrypted', {
  pass: {
    'node-to-node encryption on': tpl({ Search: domain({ NodeToNodeEncryptionOptions: { Enabled: true } }) }),
    'legacy Elasticsearch domain, "true" as a string': tpl({ Search: domain({ NodeToNodeEncryptionOptions: { Enabled: 'true' } }, 'AWS::Elasticsearch::Domain') }),
    'CDK Domain with nodeToNodeEncryption': cdkDomain({ nodeToNodeEncryption: true }),
  },
  fail: {
    'NodeToNodeEncryptionOptions absent: shards move between nodes in plaintext': tpl({ Search: domain({}) }),
    'node-to-node encryption off': tpl({ Search: domain({ NodeToNodeEncryptionOptions: { Enabled: false } }) }),
    'Enabled from a parameter without AllowedValues (token)': tpl(
      { Search: domain({ NodeToNodeEncryptionOptions: { Enabled: { Ref: 'N2n' } } }) },
      { Parameters: { N2n: { Type: 'String' } } },
    ),
    'Fn::If with an unencrypted branch': tpl({ Search: domain({ NodeToNodeEncryptionOptions: { Enabled: { 'Fn::If': ['IsProd', true, false] } } }) }, cond),
    'CDK Domain with its defaults (nodeToNodeEncryption false)': cdkDomain(),
  },
});
