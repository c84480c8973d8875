import { describeRule, tpl } from '../../support/harness';

const LISTENERS = [{ LoadBalancerPort: '443', InstancePort: '443', Protocol: 'HTTPS', SSLCertificateId: 'arn:aws:acm:eu-west-1:111122223333:certificate/x' }];
const clb = (props: Record<string, unknown>) => ({ Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { Listeners: LISTENERS, Subnets: ['subnet-1'], ...props } });
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElbLoadBalancerInternal', {
  pass: {
    'an internal classic load balancer': tpl({ Lb: clb({ Scheme: 'internal' }) }),
  },
  fail: {
    'Scheme absent: a classic load balancer is internet-facing by default': tpl({ Lb: clb({}) }),
    'an explicitly internet-facing classic load balancer': tpl({ Lb: clb({ Scheme: 'internet-facing' }) }),
    'a scheme parameter without AllowedValues (token)': tpl({ Lb: clb({ Scheme: { Ref: 'Scheme' } }) }, { Parameters: { Scheme: { Type: 'String' } } }),
    'Fn::If that drops the scheme in one branch': tpl({ Lb: clb({ Scheme: { 'Fn::If': ['IsProd', 'internal', { Ref: 'AWS::NoValue' }] } }) }, COND),
    'the shape CDK emits for LoadBalancer with internetFacing: true': tpl({ Lb: clb({ Scheme: 'internet-facing', HealthCheck: { Target: 'HTTPS:443/', HealthyThreshold: '2', UnhealthyThreshold: '5', Interval: '30', Timeout: '5' } }) }),
  },
});
