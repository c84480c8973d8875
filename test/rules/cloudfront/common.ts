/** Distribution building blocks shared by the CloudFront rule tests. */
export const CERT = 'arn:aws:acm:us-east-1:111122223333:certificate/x';
export const GOOD_VC = { AcmCertificateArn: CERT, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' };
export const GOOD_ORIGIN = { Id: 'app', DomainName: 'app.example.org', CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } };
export const GOOD_DCB = { TargetOriginId: 'app', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };

export function dist(config: Record<string, unknown> = {}) {
  return {
    Type: 'AWS::CloudFront::Distribution',
    Properties: { DistributionConfig: { Enabled: true, Origins: [GOOD_ORIGIN], DefaultCacheBehavior: GOOD_DCB, ViewerCertificate: GOOD_VC, ...config } },
  };
}

export const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };
