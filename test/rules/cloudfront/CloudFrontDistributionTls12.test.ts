import { describeRule, tpl } from '../../support/harness';
import { CERT, COND, dist, GOOD_VC } from './common';

describeRule('HealthData-CloudFrontDistributionTls12', {
  pass: {
    'a custom certificate with TLSv1.2_2021': tpl({ D: dist() }),
    'TLSv1.2_2018 (oldest TLS 1.2 policy)': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, MinimumProtocolVersion: 'TLSv1.2_2018' } }) }),
    'TLSv1.3_2025': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, MinimumProtocolVersion: 'TLSv1.3_2025' } }) }),
    'CloudFrontDefaultCertificate explicitly false with an ACM certificate': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, CloudFrontDefaultCertificate: 'false' } }) }),
  },
  fail: {
    'ViewerCertificate absent: the *.cloudfront.net certificate pins TLSv1': tpl({ D: dist({ ViewerCertificate: undefined }) }),
    'the default certificate with a TLS 1.2 MinimumProtocolVersion still negotiates TLSv1': tpl({ D: dist({ ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1.2_2018' } }) }),
    'MinimumProtocolVersion TLSv1.1_2016 accepts TLS 1.1': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, MinimumProtocolVersion: 'TLSv1.1_2016' } }) }),
    'MinimumProtocolVersion SSLv3': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, MinimumProtocolVersion: 'SSLv3' } }) }),
    'MinimumProtocolVersion absent with a custom certificate': tpl({ D: dist({ ViewerCertificate: { AcmCertificateArn: CERT, SslSupportMethod: 'sni-only' } }) }),
    'a protocol version parameter without AllowedValues (token)': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, MinimumProtocolVersion: { Ref: 'Min' } } }) }, { Parameters: { Min: { Type: 'String' } } }),
    'Fn::If with TLSv1 in one branch': tpl({ D: dist({ ViewerCertificate: { ...GOOD_VC, MinimumProtocolVersion: { 'Fn::If': ['IsProd', 'TLSv1.2_2021', 'TLSv1'] } } }) }, COND),
    'the shape CDK emits for a Distribution without a certificate': tpl({ D: dist({ ViewerCertificate: undefined, HttpVersion: 'http2', IPV6Enabled: true }) }),
  },
});
