import { describeRule, tpl } from '../../support/harness';
import { cond, domain } from './fixtures';

const fgac = { Enabled: true, InternalUserDatabaseEnabled: true };

describeRule('HealthData-OpenSearchDomainAnonymousAuthDisabled', {
  pass: {
    'fine-grained access control without anonymous auth': tpl({ Search: domain({ AdvancedSecurityOptions: fgac }) }),
    'anonymous auth explicitly off': tpl({ Search: domain({ AdvancedSecurityOptions: { ...fgac, AnonymousAuthEnabled: 'false' } }) }),
    'no advanced security options at all': tpl({ Search: domain({}) }),
  },
  fail: {
    'anonymous auth on lets requests without credentials read indices (unlike absent)': tpl({
      Search: domain({ AdvancedSecurityOptions: { ...fgac, AnonymousAuthEnabled: true } }),
    }),
    'anonymous auth from a parameter without AllowedValues (token)': tpl(
      { Search: domain({ AdvancedSecurityOptions: { ...fgac, AnonymousAuthEnabled: { Ref: 'Anon' } } }) },
      { Parameters: { Anon: { Type: 'String', Default: 'false' } } },
    ),
    'Fn::If that turns anonymous auth on outside prod': tpl(
      { Search: domain({ AdvancedSecurityOptions: { ...fgac, AnonymousAuthEnabled: { 'Fn::If': ['IsProd', false, true] } } }) },
      cond,
    ),
  },
});
