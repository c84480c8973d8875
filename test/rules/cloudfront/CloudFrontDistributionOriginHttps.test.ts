import { describeRule, tpl } from '../../support/harness';
import { COND, dist, GOOD_ORIGIN } from './common';

const custom = (cfg: Record<string, unknown>) => ({ Id: 'app', DomainName: 'app.example.org', CustomOriginConfig: cfg });
const BUCKET = { Type: 'AWS::S3::Bucket', Properties: {} };
const vpcOrigin = (cfg: Record<string, unknown>) => ({
  Type: 'AWS::CloudFront::VpcOrigin',
  Properties: { VpcOriginEndpointConfig: { Name: 'alb', Arn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/a/1', ...cfg } },
});

describeRule('HealthData-CloudFrontDistributionOriginHttps', {
  pass: {
    'a custom origin reached with https-only and TLSv1.2': tpl({ D: dist() }),
    'an S3 origin with S3OriginConfig (CDK S3BucketOrigin with origin access control)': tpl({
      B: BUCKET,
      D: dist({ Origins: [{ Id: 'app', DomainName: { 'Fn::GetAtt': ['B', 'RegionalDomainName'] }, S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: 'oac-1' }] }),
    }),
    'an S3 REST origin without a config block': tpl({ D: dist({ Origins: [{ Id: 'app', DomainName: 'records.s3.eu-west-1.amazonaws.com', OriginAccessControlId: 'oac-1' }] }) }),
    'a VPC origin of this template reached with https-only and TLSv1.2': tpl({
      V: vpcOrigin({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] }),
      D: dist({ Origins: [{ Id: 'app', DomainName: 'internal-alb.example.org', VpcOriginConfig: { VpcOriginId: { 'Fn::GetAtt': ['V', 'Id'] } } }] }),
    }),
  },
  fail: {
    'an http-only origin carries health data to the origin in plaintext': tpl({ D: dist({ Origins: [custom({ OriginProtocolPolicy: 'http-only' })] }) }),
    'match-viewer falls back to HTTP for HTTP viewers': tpl({ D: dist({ Origins: [custom({ OriginProtocolPolicy: 'match-viewer', OriginSSLProtocols: ['TLSv1.2'] })] }) }),
    'OriginSSLProtocols absent: the default includes TLSv1 and SSLv3': tpl({ D: dist({ Origins: [custom({ OriginProtocolPolicy: 'https-only' })] }) }),
    'OriginSSLProtocols that still allow TLSv1.1': tpl({ D: dist({ Origins: [GOOD_ORIGIN, custom({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.1', 'TLSv1.2'] })] }) }),
    'an S3 website endpoint origin (HTTP only) without a config': tpl({ D: dist({ Origins: [{ Id: 'app', DomainName: 'site.s3-website-eu-west-1.amazonaws.com' }] }) }),
    'an origin protocol parameter without AllowedValues (token)': tpl({ D: dist({ Origins: [custom({ OriginProtocolPolicy: { Ref: 'P' }, OriginSSLProtocols: ['TLSv1.2'] })] }) }, { Parameters: { P: { Type: 'String' } } }),
    'a VPC origin imported from another stack': tpl({ D: dist({ Origins: [{ Id: 'app', DomainName: 'x', VpcOriginConfig: { VpcOriginId: { 'Fn::ImportValue': 'Shared-VpcOrigin' } } }] }) }),
    'Fn::If with http-only in one branch': tpl({ D: dist({ Origins: [custom({ OriginProtocolPolicy: { 'Fn::If': ['IsProd', 'https-only', 'http-only'] }, OriginSSLProtocols: ['TLSv1.2'] })] }) }, COND),
    'a VPC origin resource with match-viewer': { template: tpl({ V: vpcOrigin({ OriginProtocolPolicy: 'match-viewer', OriginSSLProtocols: ['TLSv1.2'] }) }), flagged: ['V'] },
    'the shape CDK emits for HttpOrigin with protocolPolicy HTTP_ONLY': tpl({
      D: dist({ Origins: [{ Id: 'StackDistOrigin1', DomainName: 'app.example.org', CustomOriginConfig: { OriginProtocolPolicy: 'http-only', OriginSSLProtocols: ['TLSv1.2'] } }] }),
    }),
  },
});
