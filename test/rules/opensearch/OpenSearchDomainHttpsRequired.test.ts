import { aws_opensearchservice as os } from 'aws-cdk-lib';
import { describeRule, tpl } from '../../support/harness';
import { cdkDomain, cond, domain } from './fixtures';

const endpoint = (o: Record<string, unknown>) => ({ DomainEndpointOptions: o });

describeRule('HealthData-OpenSearchDomainHttpsRequired', {
  pass: {
    'HTTPS enforced with TLS 1.2': tpl({ Search: domain(endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' })) }),
    'HTTPS enforced with TLS 1.2 PFS, boolean as a string': tpl({
      Search: domain(endpoint({ EnforceHTTPS: 'true', TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' })),
    }),
    'legacy Elasticsearch domain with HTTPS and TLS 1.2': tpl({
      Search: domain(endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' }), 'AWS::Elasticsearch::Domain'),
    }),
    'CDK Domain with enforceHttps and TLS_1_2_PFS': cdkDomain({ enforceHttps: true, tlsSecurityPolicy: os.TLSSecurityPolicy.TLS_1_2_PFS }),
  },
  fail: {
    'DomainEndpointOptions absent: plain HTTP and TLS 1.0 accepted': tpl({ Search: domain({}) }),
    'EnforceHTTPS false serves health data over plain HTTP': tpl({ Search: domain(endpoint({ EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' })) }),
    'HTTPS enforced but TLS 1.0 allowed': tpl({ Search: domain(endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' })) }),
    'HTTPS enforced, TLS policy absent': tpl({ Search: domain(endpoint({ EnforceHTTPS: true }), 'AWS::Elasticsearch::Domain') }),
    'TLS policy from a parameter without AllowedValues (token)': tpl(
      { Search: domain(endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: { Ref: 'Tls' } })) },
      { Parameters: { Tls: { Type: 'String', Default: 'Policy-Min-TLS-1-2-2019-07' } } },
    ),
    'TLS policy parameter that allows TLS 1.0': tpl(
      { Search: domain(endpoint({ EnforceHTTPS: true, TLSSecurityPolicy: { Ref: 'Tls' } })) },
      { Parameters: { Tls: { Type: 'String', AllowedValues: ['Policy-Min-TLS-1-2-2019-07', 'Policy-Min-TLS-1-0-2019-07'] } } },
    ),
    'Fn::If that turns HTTPS enforcement off outside prod': tpl(
      { Search: domain(endpoint({ EnforceHTTPS: { 'Fn::If': ['IsProd', true, false] }, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' })) },
      cond,
    ),
    'CDK Domain with its defaults (enforceHttps false)': cdkDomain(),
  },
});
