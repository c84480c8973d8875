import { describeRule, tpl } from '../../support/harness';

const LB = { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Scheme: 'internal', Subnets: ['subnet-1'] } };
const FORWARD = [{ Type: 'forward', TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tg/1' }];
const CERT = [{ CertificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/x' }];
const https = (props: Record<string, unknown>) => ({
  Type: 'AWS::ElasticLoadBalancingV2::Listener',
  Properties: { LoadBalancerArn: { Ref: 'Lb' }, Protocol: 'HTTPS', Port: 443, Certificates: CERT, DefaultActions: FORWARD, ...props },
});
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElbV2ListenerTls12', {
  pass: {
    'the recommended TLS 1.3/1.2 policy (CDK SslPolicy.RECOMMENDED_TLS)': tpl({ Lb: LB, L: https({ SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }) }),
    'a TLS 1.3-only policy on a TLS listener': tpl({ Lb: LB, L: https({ Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' }) }),
    'a TLS 1.2 extended policy': tpl({ Lb: LB, L: https({ SslPolicy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06' }) }),
    'a forward-secrecy TLS 1.2 policy': tpl({ Lb: LB, L: https({ SslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }) }),
    'a post-quantum TLS 1.2+ policy': tpl({ Lb: LB, L: https({ SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09' }) }),
    'a plaintext HTTP listener (judged by ElbV2ListenerEncrypted, not here)': tpl({ Lb: LB, L: https({ Protocol: 'HTTP', Port: 80, Certificates: undefined }) }),
  },
  fail: {
    'SslPolicy absent: CloudFormation applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0': tpl({ Lb: LB, L: https({}) }),
    'the 2016-08 policy accepts TLS 1.0 and 1.1': tpl({ Lb: LB, L: https({ SslPolicy: 'ELBSecurityPolicy-2016-08' }) }),
    'a TLS 1.3 policy whose minimum is TLS 1.1': tpl({ Lb: LB, L: https({ Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' }) }),
    'the FS-2018-06 policy still accepts TLS 1.0': tpl({ Lb: LB, L: https({ SslPolicy: 'ELBSecurityPolicy-FS-2018-06' }) }),
    'a policy parameter without AllowedValues (token)': tpl({ Lb: LB, L: https({ SslPolicy: { Ref: 'Policy' } }) }, { Parameters: { Policy: { Type: 'String', Default: 'ELBSecurityPolicy-TLS13-1-2-2021-06' } } }),
    'Fn::If with a branch that falls back to the default policy': tpl({ Lb: LB, L: https({ SslPolicy: { 'Fn::If': ['IsProd', 'ELBSecurityPolicy-TLS13-1-2-2021-06', { Ref: 'AWS::NoValue' }] } }) }, COND),
    'a protocol parameter (could be HTTPS) with no SslPolicy': tpl({ Lb: LB, L: https({ Protocol: { Ref: 'Proto' } }) }, { Parameters: { Proto: { Type: 'String' } } }),
    'the HTTPS listener shape CDK emits without sslPolicy': tpl({ Lb: LB, L: https({ Certificates: [{ CertificateArn: { Ref: 'Cert' } }] }), Cert: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'example.org' } } }),
  },
});
