import type { Resource } from '../../template/template';
import { bool, describe, get } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * Every enabled CloudFront distribution is an internet-facing front door: a
 * finding the user acknowledges with a reason once its exposure is reviewed.
 * Only a distribution that is provably disabled (Enabled false) passes.
 */
export default function CloudFrontDistributionNotPublic(d: Resource): RuleFinding[] {
  return perVariant(d, (props) => {
    const enabled = get(props, 'DistributionConfig.Enabled');
    if (bool(enabled) === false) return undefined;
    return {
      path: 'Properties.DistributionConfig.Enabled',
      problem: 'serves an internet-facing front door (every enabled CloudFront distribution is reachable from the internet); acknowledge it with a reason once reviewed',
      found: describe(enabled),
    };
  });
}
