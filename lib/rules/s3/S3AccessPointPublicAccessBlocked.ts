import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::S3::AccessPoint', 'AWS::S3::MultiRegionAccessPoint'],
  title: 'The access point blocks public access: PublicAccessBlockConfiguration is absent (all blocked by default) or sets all four settings to true.',
  rationale: 'An access point with a public access block switched off lets its policy publish the bucket\'s health data through the access point, whatever the bucket\'s own settings say for other paths.',
  fix: 'Remove PublicAccessBlockConfiguration from the access point or set BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true (CDK: CfnAccessPoint publicAccessBlockConfiguration with all four true). The settings cannot be changed after creation: replace the access point.',
  notes: 'Verified: all block public access settings are enabled by default for access points and for Multi-Region Access Points, so absence passes; once a configuration is written, an omitted setting is taken as false and is a finding. Decision: NetworkOrigin Internet is not a finding: requests still need credentials authorised by the access point and bucket policies, which the P rules judge; VPC origin is a further defence, not the line between private and public.',
  evaluate,
});

const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/**
 * The access point (or Multi-Region Access Point) blocks public access. Leaving
 * PublicAccessBlockConfiguration out is secure: S3 enables all four settings on
 * new access points. A configuration that is written must set all four to true.
 */
function evaluate(ap: TemplateResource): RuleFinding[] {
  return perVariant(ap, (props) => {
    if (get(props, 'PublicAccessBlockConfiguration') === undefined) return undefined;
    return SETTINGS.map((s) => mustBe(props, `PublicAccessBlockConfiguration.${s}`, true, { defaultText: 'false once a configuration is given' }));
  });
}
