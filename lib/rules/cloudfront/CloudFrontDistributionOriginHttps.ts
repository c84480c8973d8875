import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isObject, isReference, isUnknown, str } from '../../template/values';
import { absent, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::CloudFront::Distribution', 'AWS::CloudFront::VpcOrigin'],
  title: 'CloudFront reaches every origin over TLS 1.2: custom and VPC origins use OriginProtocolPolicy https-only with OriginSSLProtocols TLSv1.2 only; S3 REST origins follow the (HTTPS-only) viewer protocol.',
  rationale: 'http-only or match-viewer origins carry health data between CloudFront and the origin in plaintext, across the internet for custom origins; SSLv3/TLSv1/TLSv1.1 are weak.',
  fix: 'Set CustomOriginConfig.OriginProtocolPolicy to https-only and OriginSSLProtocols to [TLSv1.2] (CDK: new HttpOrigin(host, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }), whose originSslProtocols default is TLSv1.2); same on AWS::CloudFront::VpcOrigin VpcOriginEndpointConfig.',
  notes: 'An absent OriginSSLProtocols is taken as CloudFront\'s legacy default (TLSv1 and SSLv3, as CloudFront reports for origins created without it): list TLSv1.2 explicitly. An origin with no CustomOriginConfig/S3OriginConfig/VpcOriginConfig passes only if its DomainName is an S3 REST endpoint (literal or a bucket\'s DomainName/RegionalDomainName); S3 website endpoints are HTTP-only custom origins and fail. A VpcOriginConfig must name a VpcOrigin of the same template (judged there); an absent VPC origin OriginProtocolPolicy is not proven https-only.',
  evaluate,
});

const VPC_ORIGIN = 'AWS::CloudFront::VpcOrigin';
const TLS12_PROTOCOLS = /^TLSv1\.[23]$/;
/** An S3 REST endpoint (not a website endpoint): CloudFront reaches it with the viewer's protocol. */
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i;
const S3_ATTRS = ['DomainName', 'RegionalDomainName', 'DualStackDomainName'];

/**
 * CloudFront reaches every origin over TLS 1.2: custom origins (and VPC
 * origins) use OriginProtocolPolicy https-only with OriginSSLProtocols TLSv1.2
 * only; S3 REST origins follow the viewer protocol, held to HTTPS by
 * CloudFrontDistributionHttpsOnly.
 */
function evaluate(r: TemplateResource): RuleFinding[] {
  if (r.type === VPC_ORIGIN) {
    return perVariant(r, (props) => protocolFindings(get(props, 'VpcOriginEndpointConfig'), 'Properties.VpcOriginEndpointConfig'));
  }
  return perVariant(r, (props) => {
    const out: RuleFinding[] = [];
    const origins = get(props, 'DistributionConfig.Origins');
    if (isUnknown(origins)) return { path: 'Properties.DistributionConfig.Origins', problem: 'cannot be proven to use HTTPS', found: describe(origins) };
    asArray(origins).forEach((o, i) => out.push(...originFindings(r, o, `Properties.DistributionConfig.Origins.${i}`)));
    const legacy = get(props, 'DistributionConfig.CustomOrigin');
    if (legacy !== undefined) out.push(...protocolFindings(legacy, 'Properties.DistributionConfig.CustomOrigin'));
    return out;
  });
}

function originFindings(d: TemplateResource, o: unknown, path: string): RuleFinding[] {
  if (!isObject(o)) return [{ path, problem: 'cannot be proven to use HTTPS', found: describe(o) }];
  if (o.CustomOriginConfig !== undefined) return protocolFindings(o.CustomOriginConfig, `${path}.CustomOriginConfig`);
  if (o.VpcOriginConfig !== undefined) {
    const id = get(o, 'VpcOriginConfig.VpcOriginId');
    const target = d.template.target(id);
    if (target && target.type === VPC_ORIGIN) return []; // judged on the VpcOrigin resource itself
    return [{ path: `${path}.VpcOriginConfig.VpcOriginId`, problem: 'names a VPC origin that is not in this template, so its origin protocol cannot be proven https-only', found: describe(id) }];
  }
  if (o.S3OriginConfig !== undefined) return [];
  const domain = get(o, 'DomainName');
  if (isS3RestDomain(d, domain)) return [];
  return [{
    path,
    problem: 'has no CustomOriginConfig, S3OriginConfig or VpcOriginConfig and is not an S3 REST endpoint, so the protocol CloudFront uses to reach it cannot be proven',
    found: describe(domain),
  }];
}

function isS3RestDomain(d: TemplateResource, domain: unknown): boolean {
  if (isReference(domain)) {
    const t = d.template.resource(domain.logicalId);
    return t?.type === 'AWS::S3::Bucket' && S3_ATTRS.includes(domain.attribute ?? '');
  }
  if (typeof domain === 'string') {
    const m = /^\$\{([A-Za-z0-9]+)\.([A-Za-z]+)\}$/.exec(domain);
    if (m) return d.template.resource(m[1])?.type === 'AWS::S3::Bucket' && S3_ATTRS.includes(m[2]);
  }
  const s = str(domain);
  return s !== undefined && S3_REST.test(s) && !/s3-website/i.test(s);
}

/** OriginProtocolPolicy https-only and OriginSSLProtocols TLS 1.2+ only. */
function protocolFindings(config: unknown, path: string): RuleFinding[] {
  if (!isObject(config)) return [{ path, problem: 'cannot be proven to use HTTPS with TLS 1.2', found: describe(config) }];
  const out: RuleFinding[] = [];
  const policy = get(config, 'OriginProtocolPolicy');
  if (str(policy) !== 'https-only') {
    out.push({
      path: `${path}.OriginProtocolPolicy`,
      problem: policy === undefined ? 'must be https-only' : isUnknown(policy) ? 'must be provably https-only' : 'must be https-only (http-only and match-viewer send health data to the origin in plaintext)',
      found: policy === undefined ? absent('not https-only') : describe(policy),
    });
  }
  const protocols = get(config, 'OriginSSLProtocols');
  if (protocols === undefined) {
    out.push({ path: `${path}.OriginSSLProtocols`, problem: 'must list TLSv1.2 only', found: absent('TLSv1 and SSLv3') });
  } else if (isUnknown(protocols)) {
    out.push({ path: `${path}.OriginSSLProtocols`, problem: 'must provably list TLSv1.2 only', found: describe(protocols) });
  } else {
    const list = asArray(protocols);
    const weak = list.filter((p) => !TLS12_PROTOCOLS.test(str(p) ?? ''));
    if (list.length === 0 || weak.length) {
      out.push({ path: `${path}.OriginSSLProtocols`, problem: 'must list TLSv1.2 only (SSLv3, TLSv1 and TLSv1.1 are weak)', found: describe(protocols) });
    }
  }
  return out;
}
