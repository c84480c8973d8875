import { describeRule, tpl } from '../../support/harness';

const LB = { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Scheme: 'internal', Subnets: ['subnet-1'] } };
const NLB = { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Scheme: 'internal', Type: 'network', Subnets: ['subnet-1'] } };
const GWLB = { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'gateway', Subnets: ['subnet-1'] } };
const FORWARD = [{ Type: 'forward', TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tg/1' }];
const REDIRECT = [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }];
const FIXED = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }];
const CERT = [{ CertificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/x' }];
const listener = (props: Record<string, unknown>) => ({ Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: { Ref: 'Lb' }, ...props } });
const rule = (listenerArn: unknown, actions: unknown) => ({
  Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
  Properties: { ListenerArn: listenerArn, Priority: 1, Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }], Actions: actions },
});
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElbV2ListenerEncrypted', {
  pass: {
    'an HTTPS listener that forwards': tpl({ Lb: LB, L: listener({ Protocol: 'HTTPS', Port: 443, Certificates: CERT, DefaultActions: FORWARD }) }),
    'a TLS listener on a network load balancer': tpl({ Lb: NLB, L: listener({ Protocol: 'TLS', Port: 443, Certificates: CERT, DefaultActions: FORWARD }) }),
    'an HTTP listener that only redirects to HTTPS (the shape of CDK lb.addRedirect())': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: REDIRECT }) }),
    'an HTTP listener that only returns a fixed response': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: FIXED }) }),
    'a gateway load balancer listener, which has no protocol': tpl({ Lb: GWLB, L: listener({ DefaultActions: FORWARD }) }),
    'a listener rule that forwards on an HTTPS listener': tpl({ Lb: LB, L: listener({ Protocol: 'HTTPS', Port: 443, Certificates: CERT, DefaultActions: FIXED }), R: rule({ Ref: 'L' }, FORWARD) }),
    'a listener rule on an HTTP listener that only redirects to HTTPS': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: REDIRECT }), R: rule({ Ref: 'L' }, REDIRECT) }),
  },
  fail: {
    'an HTTP listener forwards health data in plaintext on :80': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: FORWARD }) }),
    'a plaintext TCP listener on an internal network load balancer still forwards plaintext': tpl({ Lb: NLB, L: listener({ Protocol: 'TCP', Port: 5432, DefaultActions: FORWARD }) }),
    'a UDP listener that forwards': tpl({ Lb: NLB, L: listener({ Protocol: 'UDP', Port: 53, DefaultActions: FORWARD }) }),
    'a redirect whose RedirectConfig.Protocol is absent keeps plain HTTP': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Port: '8080', StatusCode: 'HTTP_301' } }] }) }),
    'a redirect action without any RedirectConfig': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect' }] }) }),
    'Protocol absent on an application load balancer listener that forwards': tpl({ Lb: LB, L: listener({ Port: 80, DefaultActions: FORWARD }) }),
    'a protocol parameter without AllowedValues (token) and a forward action': tpl({ Lb: LB, L: listener({ Protocol: { Ref: 'Proto' }, Port: 443, DefaultActions: FORWARD }) }, { Parameters: { Proto: { Type: 'String', Default: 'HTTPS' } } }),
    'a protocol parameter that allows HTTP': tpl({ Lb: LB, L: listener({ Protocol: { Ref: 'Proto' }, Port: 443, DefaultActions: FORWARD }) }, { Parameters: { Proto: { Type: 'String', AllowedValues: ['HTTPS', 'HTTP'] } } }),
    'Fn::If whose false branch forwards on the HTTP listener': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: { 'Fn::If': ['IsProd', REDIRECT, FORWARD] } }) }, COND),
    'default actions imported from another stack cannot be proven to redirect': tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: { 'Fn::ImportValue': 'Shared-Actions' } }) }),
    'a listener rule that forwards on a plaintext HTTP listener whose default only redirects': {
      template: tpl({ Lb: LB, L: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: REDIRECT }), R: rule({ Ref: 'L' }, FORWARD) }),
      flagged: ['R'],
    },
    'a listener rule that forwards on an imported listener': tpl({ R: rule({ 'Fn::ImportValue': 'Shared-Listener' }, FORWARD) }),
    'the listener shape CDK emits for addListener(port: 80) with a target group': tpl({
      Lb: LB,
      Tg: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, Protocol: 'HTTP', VpcId: 'vpc-1' } },
      L: listener({ DefaultActions: [{ TargetGroupArn: { Ref: 'Tg' }, Type: 'forward' }], Port: 80, Protocol: 'HTTP' }),
    }),
  },
});
