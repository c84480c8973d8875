import type { TemplateResource } from '../../template/template';
import { bool, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  title: 'Viewers must use TLS 1.2 or newer: the distribution has its own certificate and ViewerCertificate.MinimumProtocolVersion TLSv1.2_2018 or newer (TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025).',
  rationale: 'TLS 1.0 and 1.1 have known weaknesses; health data in transit to viewers needs TLS 1.2 or newer.',
  fix: 'Use a custom certificate (AcmCertificateArn, SslSupportMethod sni-only) with MinimumProtocolVersion TLSv1.2_2021 (CDK: certificate + minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021).',
  notes: 'Verified: with CloudFrontDefaultCertificate true (or no ViewerCertificate, i.e. the *.cloudfront.net certificate) CloudFront sets the security policy to TLSv1 regardless of MinimumProtocolVersion. An absent MinimumProtocolVersion is taken as TLSv1. Allow-list by pattern TLSv1.2_YYYY / TLSv1.3_YYYY.',
  evaluate,
});

/** Viewer security policies with a TLS 1.2 (or newer) minimum: TLSv1.2_2018/2019/2021/2025, TLSv1.3_2025. */
const TLS12_MINIMUM = /^TLSv1\.[23]_\d{4}$/;

/**
 * Viewers connect with TLS 1.2 or newer: the distribution has its own
 * certificate (not the *.cloudfront.net default, which CloudFront pins to
 * TLSv1) and a TLS 1.2+ MinimumProtocolVersion.
 */
function evaluate(d: TemplateResource): RuleFinding[] {
  return perVariant(d, (props) => {
    const vcPath = 'DistributionConfig.ViewerCertificate';
    const vc = get(props, vcPath);
    if (vc === undefined) {
      return { path: at(vcPath), problem: 'must use a custom certificate with a TLS 1.2+ MinimumProtocolVersion', found: absent('the *.cloudfront.net certificate, which CloudFront pins to TLSv1') };
    }
    if (isUnknown(vc)) return { path: at(vcPath), problem: 'cannot be proven to require TLS 1.2', found: describe(vc) };
    const out: RuleFinding[] = [];
    const dflt = get(props, `${vcPath}.CloudFrontDefaultCertificate`);
    if (dflt !== undefined && bool(dflt) !== false) {
      out.push({
        path: at(`${vcPath}.CloudFrontDefaultCertificate`),
        problem: bool(dflt) === true
          ? 'must be false: with the default *.cloudfront.net certificate CloudFront uses TLSv1 whatever MinimumProtocolVersion says'
          : 'must be provably false (the default certificate pins TLSv1)',
        found: describe(dflt),
      });
    }
    const mpvPath = `${vcPath}.MinimumProtocolVersion`;
    const mpv = get(props, mpvPath);
    if (mpv === undefined) {
      out.push({ path: at(mpvPath), problem: 'must be TLSv1.2_2021 or newer', found: absent('TLSv1') });
    } else {
      const s = str(mpv);
      if (s === undefined || !TLS12_MINIMUM.test(s)) {
        out.push({ path: at(mpvPath), problem: isUnknown(mpv) ? 'must be provably a TLS 1.2+ policy' : 'must be a TLS 1.2+ policy (TLSv1.2_2018 or newer)', found: describe(mpv) });
      }
    }
    return out;
  });
}
