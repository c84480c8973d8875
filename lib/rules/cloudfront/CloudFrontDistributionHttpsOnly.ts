import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isUnknown } from '../../template/values';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  title: 'Every cache behavior (default and path-specific) has ViewerProtocolPolicy https-only or redirect-to-https.',
  rationale: 'allow-all lets viewers fetch health data over plain HTTP.',
  fix: 'Set ViewerProtocolPolicy to redirect-to-https or https-only on DefaultCacheBehavior and every CacheBehaviors entry (CDK: viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS).',
  notes: 'ViewerProtocolPolicy is required by CloudFormation; an absent value is reported as not stating HTTPS.',
  evaluate,
});

const SECURE = ['https-only', 'redirect-to-https'];

/** Every cache behavior of a distribution serves viewers over HTTPS only (https-only or redirect-to-https). */
function evaluate(d: TemplateResource): RuleFinding[] {
  return perVariant(d, (props) => {
    const out: Array<RuleFinding | undefined> = [
      mustBeOneOf(props, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', SECURE, { defaultText: 'none: the property is required, so HTTPS is not stated', ignoreCase: false }),
    ];
    const behaviors = get(props, 'DistributionConfig.CacheBehaviors');
    if (isUnknown(behaviors)) {
      out.push({ path: 'Properties.DistributionConfig.CacheBehaviors', problem: 'cannot be proven to serve HTTPS only', found: describe(behaviors) });
    } else {
      asArray(behaviors).forEach((b, i) => {
        // `get` does not index arrays: judge the element, then report the full path.
        const f = mustBeOneOf({ b }, 'b.ViewerProtocolPolicy', SECURE, { defaultText: 'none: the property is required, so HTTPS is not stated', ignoreCase: false });
        out.push(f && { ...f, path: `Properties.DistributionConfig.CacheBehaviors.${i}.ViewerProtocolPolicy` });
      });
    }
    return out;
  });
}
