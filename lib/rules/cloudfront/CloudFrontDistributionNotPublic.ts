import type { TemplateResource } from '../../template/template';
import { bool, describe, get } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  title: 'The distribution is not an unreviewed public front door: every enabled CloudFront distribution is reachable from the internet, so each one is acknowledged with a reason (or disabled).',
  rationale: 'A distribution publishes whatever its origins return to the whole internet; in front of health data it must be a reviewed, deliberate decision (authentication, signed URLs, WAF).',
  fix: "Acknowledge the reviewed distribution with Validations.of(distribution).acknowledge({ id: 'HealthData-CloudFrontDistributionNotPublic', reason }) after restricting access (signed URLs/cookies, WAF, origin access control), or set DistributionConfig.Enabled to false.",
  notes: 'Strict by default: CloudFront has no private mode, so the rule fires on every distribution whose Enabled is not provably false (Enabled is required).',
  evaluate,
});

/**
 * Every enabled CloudFront distribution is an internet-facing front door: a
 * finding the user acknowledges with a reason once its exposure is reviewed.
 * Only a distribution that is provably disabled (Enabled false) passes.
 */
function evaluate(d: TemplateResource): RuleFinding[] {
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
