import { describeRule, tpl } from '../../support/harness';

const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/x';
const rest = (props: Record<string, unknown>) => ({ Type: 'AWS::ApiGateway::DomainName', Properties: { DomainName: 'api.example.org', RegionalCertificateArn: CERT, EndpointConfiguration: { Types: ['REGIONAL'] }, ...props } });
const v2 = (configs: unknown) => ({ Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.org', DomainNameConfigurations: configs } });
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ApiGatewayDomainNameTls12', {
  pass: {
    'a REST custom domain with TLS_1_2': tpl({ D: rest({ SecurityPolicy: 'TLS_1_2' }) }),
    'an enhanced TLS 1.3 policy': tpl({ D: rest({ SecurityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', EndpointAccessMode: 'STRICT' }) }),
    'an HTTP API custom domain with TLS_1_2': tpl({ D: v2([{ CertificateArn: CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }]) }),
    'a private custom domain (DomainNameV2) with TLS_1_2': tpl({ D: { Type: 'AWS::ApiGateway::DomainNameV2', Properties: { DomainName: 'api.internal.example.org', CertificateArn: CERT, SecurityPolicy: 'TLS_1_2' } } }),
  },
  fail: {
    'SecurityPolicy absent: a REST custom domain accepts TLS 1.0 by default': tpl({ D: rest({}) }),
    'an explicit TLS_1_0 policy': tpl({ D: rest({ SecurityPolicy: 'TLS_1_0' }) }),
    'an HTTP API domain configuration without a security policy (absent)': tpl({ D: v2([{ CertificateArn: CERT, EndpointType: 'REGIONAL' }]) }),
    'a security policy parameter without AllowedValues (token)': tpl({ D: rest({ SecurityPolicy: { Ref: 'Policy' } }) }, { Parameters: { Policy: { Type: 'String', Default: 'TLS_1_2' } } }),
    'Fn::If with TLS_1_0 in one branch': tpl({ D: v2([{ CertificateArn: CERT, SecurityPolicy: { 'Fn::If': ['IsProd', 'TLS_1_2', 'TLS_1_0'] } }]) }, COND),
    'the shape CDK emits for new DomainName(...) without securityPolicy': tpl({ D: rest({ EndpointConfiguration: { Types: ['REGIONAL'] } }) }),
  },
});
