import { entry } from './entry';
import type { CatalogEntry } from './types';

const DIST = 'AWS::CloudFront::Distribution';

export const cloudfront: CatalogEntry[] = [
  entry({
    name: 'CloudFrontDistributionNotPublic',
    category: 'P',
    service: 'cloudfront',
    resourceTypes: [DIST],
    title: 'The distribution is not an unreviewed public front door: every enabled CloudFront distribution is reachable from the internet, so each one is acknowledged with a reason (or disabled).',
    rationale: 'A distribution publishes whatever its origins return to the whole internet; in front of health data it must be a reviewed, deliberate decision (authentication, signed URLs, WAF).',
    fix: "Acknowledge the reviewed distribution with Validations.of(distribution).acknowledge({ id: 'HealthData-CloudFrontDistributionNotPublic', reason }) after restricting access (signed URLs/cookies, WAF, origin access control), or set DistributionConfig.Enabled to false.",
    notes: 'Strict by default: CloudFront has no private mode, so the rule fires on every distribution whose Enabled is not provably false (Enabled is required).',
  }),
  entry({
    name: 'CloudFrontDistributionHttpsOnly',
    category: 'H',
    service: 'cloudfront',
    resourceTypes: [DIST],
    title: 'Every cache behavior (default and path-specific) has ViewerProtocolPolicy https-only or redirect-to-https.',
    rationale: 'allow-all lets viewers fetch health data over plain HTTP.',
    fix: 'Set ViewerProtocolPolicy to redirect-to-https or https-only on DefaultCacheBehavior and every CacheBehaviors entry (CDK: viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS).',
    notes: 'ViewerProtocolPolicy is required by CloudFormation; an absent value is reported as not stating HTTPS.',
  }),
  entry({
    name: 'CloudFrontDistributionTls12',
    category: 'H',
    service: 'cloudfront',
    resourceTypes: [DIST],
    title: 'Viewers must use TLS 1.2 or newer: the distribution has its own certificate and ViewerCertificate.MinimumProtocolVersion TLSv1.2_2018 or newer (TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025).',
    rationale: 'TLS 1.0 and 1.1 have known weaknesses; health data in transit to viewers needs TLS 1.2 or newer.',
    fix: 'Use a custom certificate (AcmCertificateArn, SslSupportMethod sni-only) with MinimumProtocolVersion TLSv1.2_2021 (CDK: certificate + minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021).',
    notes: 'Verified: with CloudFrontDefaultCertificate true (or no ViewerCertificate, i.e. the *.cloudfront.net certificate) CloudFront sets the security policy to TLSv1 regardless of MinimumProtocolVersion. An absent MinimumProtocolVersion is taken as TLSv1. Allow-list by pattern TLSv1.2_YYYY / TLSv1.3_YYYY.',
  }),
  entry({
    name: 'CloudFrontDistributionOriginHttps',
    category: 'H',
    service: 'cloudfront',
    resourceTypes: [DIST, 'AWS::CloudFront::VpcOrigin'],
    title: 'CloudFront reaches every origin over TLS 1.2: custom and VPC origins use OriginProtocolPolicy https-only with OriginSSLProtocols TLSv1.2 only; S3 REST origins follow the (HTTPS-only) viewer protocol.',
    rationale: 'http-only or match-viewer origins carry health data between CloudFront and the origin in plaintext, across the internet for custom origins; SSLv3/TLSv1/TLSv1.1 are weak.',
    fix: 'Set CustomOriginConfig.OriginProtocolPolicy to https-only and OriginSSLProtocols to [TLSv1.2] (CDK: new HttpOrigin(host, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }), whose originSslProtocols default is TLSv1.2); same on AWS::CloudFront::VpcOrigin VpcOriginEndpointConfig.',
    notes: 'An absent OriginSSLProtocols is taken as CloudFront\'s legacy default (TLSv1 and SSLv3, as CloudFront reports for origins created without it): list TLSv1.2 explicitly. An origin with no CustomOriginConfig/S3OriginConfig/VpcOriginConfig passes only if its DomainName is an S3 REST endpoint (literal or a bucket\'s DomainName/RegionalDomainName); S3 website endpoints are HTTP-only custom origins and fail. A VpcOriginConfig must name a VpcOrigin of the same template (judged there); an absent VPC origin OriginProtocolPolicy is not proven https-only.',
  }),
];
