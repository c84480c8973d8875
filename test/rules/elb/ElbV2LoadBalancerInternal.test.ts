import { describeRule, tpl } from '../../support/harness';

const lb = (props: Record<string, unknown>) => ({ Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'], ...props } });
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElbV2LoadBalancerInternal', {
  pass: {
    'an internal application load balancer': tpl({ Lb: lb({ Scheme: 'internal' }) }),
    'an internal network load balancer': tpl({ Lb: lb({ Type: 'network', Scheme: 'internal' }) }),
    'a gateway load balancer, which has no scheme': tpl({ Lb: lb({ Type: 'gateway' }) }),
    'a scheme parameter whose only allowed value is internal': { template: tpl({ Lb: lb({ Scheme: { Ref: 'Scheme' } }) }, { Parameters: { Scheme: { Type: 'String', AllowedValues: ['internal'] } } }), guard: 'fail' },
  },
  fail: {
    'Scheme absent: the load balancer is internet-facing by default': tpl({ Lb: lb({}) }),
    'an internet-facing network load balancer exposes its targets to the internet': tpl({ Lb: lb({ Type: 'network', Scheme: 'internet-facing' }) }),
    'a scheme parameter without AllowedValues (token) could be internet-facing': tpl({ Lb: lb({ Scheme: { Ref: 'Scheme' } }) }, { Parameters: { Scheme: { Type: 'String', Default: 'internal' } } }),
    'a scheme imported from another stack': tpl({ Lb: lb({ Scheme: { 'Fn::ImportValue': 'Shared-Scheme' } }) }),
    'Fn::If with an internet-facing branch': tpl({ Lb: lb({ Scheme: { 'Fn::If': ['IsProd', 'internal', 'internet-facing'] } }) }, COND),
    'the shape CDK emits for internetFacing: true': tpl({
      Lb: lb({ LoadBalancerAttributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }], Scheme: 'internet-facing', SecurityGroups: [{ 'Fn::GetAtt': ['Sg', 'GroupId'] }], Type: 'application' }),
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'lb' } },
    }),
    'only the internet-facing load balancer of two is flagged': { template: tpl({ Good: lb({ Scheme: 'internal' }), Bad: lb({}) }), flagged: ['Bad'] },
  },
});
