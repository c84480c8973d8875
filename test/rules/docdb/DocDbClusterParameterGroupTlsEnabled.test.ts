import { describeRule, tpl } from '../../support/harness';
import { FREE, IS_PROD } from '../rds/common';
import { docGroup } from './common';

describeRule('HealthData-DocDbClusterParameterGroupTlsEnabled', {
  pass: {
    'tls enabled': tpl({ G: docGroup({ tls: 'enabled' }) }),
    'tls1.2+': tpl({ G: docGroup({ tls: 'tls1.2+' }) }),
    'tls left out: a new group takes the family default, enabled': tpl({ G: docGroup({ ttl_monitor: 'enabled' }) }),
    'tls from a parameter whose AllowedValues are all secure': {
      template: tpl({ G: docGroup({ tls: { Ref: 'Tls' } }) }, { Parameters: { Tls: { Type: 'String', AllowedValues: ['enabled', 'tls1.3+'] } } }),
      guard: 'fail',
    },
  },
  fail: {
    'tls disabled lets clients connect in plaintext': tpl({ G: docGroup({ tls: 'disabled', ttl_monitor: 'enabled' }) }),
    'tls from a parameter without AllowedValues (token)': tpl({ G: docGroup({ tls: { Ref: 'Tls' } }) }, FREE('Tls', 'enabled')),
    'Parameters imported from another stack as a whole': tpl({ G: docGroup({ 'Fn::ImportValue': 'Params' }) }),
    'Fn::If with a disabled branch': tpl({ G: docGroup({ tls: { 'Fn::If': ['IsProd', 'enabled', 'disabled'] } }) }, IS_PROD),
    'only the disabled group of two is flagged, even when no cluster uses it (absent cluster)': {
      template: tpl({ Good: docGroup({ tls: 'enabled' }), Bad: docGroup({ tls: 'disabled' }) }),
      flagged: ['Bad'],
    },
  },
});
