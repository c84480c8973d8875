import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/** All four public access block settings of a bucket are true. */
export default function S3BucketPublicAccessBlocked(bucket: Resource): RuleFinding[] {
  return perVariant(bucket, (props) =>
    SETTINGS.map((s) => mustBe(props, `PublicAccessBlockConfiguration.${s}`, true, { defaultText: 'false: not blocked' })),
  );
}
