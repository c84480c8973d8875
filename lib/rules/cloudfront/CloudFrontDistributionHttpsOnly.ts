import type { Resource } from '../../template/template';
import { asArray, describe, get, isUnknown } from '../../template/values';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const SECURE = ['https-only', 'redirect-to-https'];

/** Every cache behavior of a distribution serves viewers over HTTPS only (https-only or redirect-to-https). */
export default function CloudFrontDistributionHttpsOnly(d: Resource): RuleFinding[] {
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
