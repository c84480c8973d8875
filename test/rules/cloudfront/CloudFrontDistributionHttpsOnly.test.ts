import { describeRule, tpl } from '../../support/harness';
import { COND, dist, GOOD_DCB } from './common';

const behavior = (policy: unknown) => ({ PathPattern: '/api/*', TargetOriginId: 'app', ViewerProtocolPolicy: policy });

describeRule('HealthData-CloudFrontDistributionHttpsOnly', {
  pass: {
    'redirect-to-https on the default behavior': tpl({ D: dist() }),
    'https-only on the default and a path behavior': tpl({ D: dist({ DefaultCacheBehavior: { ...GOOD_DCB, ViewerProtocolPolicy: 'https-only' }, CacheBehaviors: [behavior('https-only')] }) }),
  },
  fail: {
    'allow-all serves health data over plain HTTP (CDK default ViewerProtocolPolicy.ALLOW_ALL)': tpl({ D: dist({ DefaultCacheBehavior: { ...GOOD_DCB, ViewerProtocolPolicy: 'allow-all' } }) }),
    'a path behavior with allow-all behind an HTTPS default': tpl({ D: dist({ CacheBehaviors: [behavior('https-only'), behavior('allow-all')] }) }),
    'ViewerProtocolPolicy absent from the default behavior': tpl({ D: dist({ DefaultCacheBehavior: { TargetOriginId: 'app' } }) }),
    'a viewer policy parameter without AllowedValues (token)': tpl({ D: dist({ CacheBehaviors: [behavior({ Ref: 'Policy' })] }) }, { Parameters: { Policy: { Type: 'String' } } }),
    'cache behaviors imported from another stack': tpl({ D: dist({ CacheBehaviors: { 'Fn::ImportValue': 'Shared-Behaviors' } }) }),
    'Fn::If with allow-all in one branch': tpl({ D: dist({ DefaultCacheBehavior: { ...GOOD_DCB, ViewerProtocolPolicy: { 'Fn::If': ['IsProd', 'https-only', 'allow-all'] } } }) }, COND),
  },
});
