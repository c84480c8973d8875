import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/**
 * S3 turns the block on for buckets it creates since April 2023, but a template that leaves it out
 * does not ensure it (see the catalog notes), so absence is a finding.
 */
const UNSTATED = 'true only for a bucket S3 created since April 2023: not for an older or imported one, and not restored if turned off outside the template';

/** All four public access block settings of a bucket are true. */
export default function S3BucketPublicAccessBlocked(bucket: Resource): RuleFinding[] {
  return perVariant(bucket, (props) =>
    SETTINGS.map((s) => mustBe(props, `PublicAccessBlockConfiguration.${s}`, true, { defaultText: UNSTATED })),
  );
}
