import { describeRule, tpl } from '../../support/harness';
import { COND, dist } from './common';

describeRule('HealthData-CloudFrontDistributionNotPublic', {
  pass: {
    'a disabled distribution serves nothing': tpl({ D: dist({ Enabled: false }) }),
    'a distribution disabled with the string "false"': tpl({ D: dist({ Enabled: 'false' }) }),
  },
  fail: {
    'an enabled distribution is a public front door until acknowledged': tpl({ D: dist() }),
    'Enabled absent (required, so not provably disabled)': tpl({ D: dist({ Enabled: undefined }) }),
    'Enabled from a parameter without AllowedValues (token)': tpl({ D: dist({ Enabled: { Ref: 'On' } }) }, { Parameters: { On: { Type: 'String' } } }),
    'Fn::If that enables the distribution in one branch': tpl({ D: dist({ Enabled: { 'Fn::If': ['IsProd', true, false] } }) }, COND),
    'the shape CDK emits for new Distribution(...)': tpl({
      D: dist({ DefaultCacheBehavior: { CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', Compress: true, TargetOriginId: 'StackDistOrigin1', ViewerProtocolPolicy: 'allow-all' }, HttpVersion: 'http2', IPV6Enabled: true }),
    }),
  },
});
