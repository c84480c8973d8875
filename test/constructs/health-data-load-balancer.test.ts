import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Match } from 'aws-cdk-lib/assertions';
import { HealthDataLoadBalancer } from '../../lib/constructs';
import { certificate, network } from './fixtures';
import { synthWithChecks, templateOf } from './support';

describe('HealthDataLoadBalancer', () => {
  const t = templateOf((s) => { new HealthDataLoadBalancer(s, 'L', { network: network(s), certificate: certificate(s), redirectHttp: true, allowFrom: { privateCidrs: ['10.9.0.0/16'] } }); });

  test('internal, drops invalid headers, access logs on', () => {
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      Scheme: 'internal',
    });
    for (const attr of ['routing.http.drop_invalid_header_fields.enabled', 'access_logs.s3.enabled', 'deletion_protection.enabled']) {
      t.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', { LoadBalancerAttributes: Match.arrayWith([{ Key: attr, Value: 'true' }]) });
    }
  });
  test('HTTPS on a TLS 1.3/1.2 policy', () => {
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', { Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
  });
  test('HTTP only redirects to HTTPS', () => {
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', { Protocol: 'HTTP', DefaultActions: [Match.objectLike({ Type: 'redirect', RedirectConfig: Match.objectLike({ Protocol: 'HTTPS' }) })] });
  });
  test('ingress only from named peers', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('ALB'), SecurityGroupIngress: Match.arrayWith([Match.objectLike({ CidrIp: '10.9.0.0/16', FromPort: 443 })]) });
  });
  test('fails: internetFacing is refused', () => {
    expect(() => templateOf((s) => { new HealthDataLoadBalancer(s, 'L', { network: network(s), certificate: certificate(s), internetFacing: true } as never); }))
      .toThrow(/'internetFacing' is not allowed on HealthDataLoadBalancer \(got true\)/);
  });
  test('fails: a TLS 1.0 policy is refused', () => {
    expect(() => templateOf((s) => { new HealthDataLoadBalancer(s, 'L', { network: network(s), certificate: certificate(s), sslPolicy: elbv2.SslPolicy.TLS13_10 }); }))
      .toThrow(/'sslPolicy' on HealthDataLoadBalancer is insecure \(got "ELBSecurityPolicy-TLS13-1-0-2021-06"\)/);
  });
  test('fails: no certificate', () => {
    expect(() => templateOf((s) => { new HealthDataLoadBalancer(s, 'L', { network: network(s) } as never); }))
      .toThrow(/'certificate' on HealthDataLoadBalancer is insecure \(got undefined\)/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new HealthDataLoadBalancer(s, 'L', { network: network(s), certificate: certificate(s) }); }).findings).toEqual([]);
  });
});
