import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/**
 * The access point (or Multi-Region Access Point) blocks public access. Leaving
 * PublicAccessBlockConfiguration out is secure: S3 enables all four settings on
 * new access points. A configuration that is written must set all four to true.
 */
export default function S3AccessPointPublicAccessBlocked(ap: Resource): RuleFinding[] {
  return perVariant(ap, (props) => {
    if (get(props, 'PublicAccessBlockConfiguration') === undefined) return undefined;
    return SETTINGS.map((s) => mustBe(props, `PublicAccessBlockConfiguration.${s}`, true, { defaultText: 'false once a configuration is given' }));
  });
}
