/**
 * Which AWS::S3::BucketPolicy resources apply to a bucket of the same template,
 * and the ARN spellings under which a policy may name the bucket. A bucket is
 * judged with the policies whose `Bucket` refers to it (a `Ref`, or a literal
 * name equal to the bucket's `BucketName`), never with "some policy in the template".
 */
import type { Resource } from '../../template/template';
import { describe, isReference, isUnknown, type Unknown } from '../../template/values';
import type { RequiredResource } from '../../template/policy';

export const BUCKET_POLICY = 'AWS::S3::BucketPolicy';

/** One rendering of a bucket policy, and whether it applies to the bucket. */
export interface PolicyRendering {
  readonly document: unknown;
  readonly branches: readonly string[];
  readonly targetsBucket: boolean;
  /** What the rendering's `Bucket` is, for messages. */
  readonly bucketValue: string;
}

export interface BucketPolicyOf {
  readonly policy: Resource;
  /** Every rendering of the policy; at least one targets the bucket. */
  readonly renderings: readonly PolicyRendering[];
}

/** The same deploy-time value (one parameter, one import) in two places has the same key. */
function unknownKey(u: Unknown): string {
  const param = /^parameter '([^']+)'/.exec(u.reason);
  return param ? `parameter ${param[1]}` : JSON.stringify(u.raw ?? u.reason);
}

/** Keys identifying the bucket's name in every rendering: literal names and deploy-time names (by their raw expression). */
function nameKeys(bucket: Resource): Set<string> {
  const keys = new Set<string>();
  for (const v of bucket.variants()) {
    const n = v.value.BucketName;
    if (typeof n === 'string') keys.add(`name:${n}`);
    else if (isUnknown(n)) keys.add(`unknown:${unknownKey(n)}`);
  }
  return keys;
}

/** Whether a resolved `Bucket` value of a policy names this bucket. */
export function namesBucket(bucket: Resource, value: unknown, keys = nameKeys(bucket)): boolean {
  if (isReference(value)) return value.logicalId === bucket.logicalId;
  if (typeof value === 'string') {
    const target = bucket.template.target(value);
    if (target) return target.logicalId === bucket.logicalId;
    return keys.has(`name:${value}`);
  }
  if (isUnknown(value)) return keys.has(`unknown:${unknownKey(value)}`);
  return false;
}

/** The bucket policies of the template that apply to the bucket in at least one rendering. */
export function bucketPoliciesOf(bucket: Resource): BucketPolicyOf[] {
  const keys = nameKeys(bucket);
  const out: BucketPolicyOf[] = [];
  for (const policy of bucket.template.ofType(BUCKET_POLICY)) {
    const renderings = policy.variants().map((v) => ({
      document: v.value.PolicyDocument,
      branches: v.branches,
      targetsBucket: namesBucket(bucket, v.value.Bucket, keys),
      bucketValue: describe(v.value.Bucket),
    }));
    if (renderings.some((r) => r.targetsBucket)) out.push({ policy, renderings });
  }
  return out;
}

/**
 * The bucket and its objects as a policy may spell their ARNs: `${Bucket.Arn}`,
 * `arn:aws:s3:::${Bucket}` (Ref gives the name), and the literal or deploy-time name.
 */
export function bucketResources(bucket: Resource): RequiredResource[] {
  const names = new Set<string>([`\${${bucket.logicalId}}`]);
  for (const v of bucket.variants()) {
    const n = v.value.BucketName;
    if (typeof n === 'string') names.add(n);
    else if (isUnknown(n)) {
      const param = /^parameter '([^']+)'/.exec(n.reason);
      if (param) names.add(`\${${param[1]}}`);
    }
  }
  const arns = (suffix: string) => [
    `\${${bucket.logicalId}.Arn}${suffix}`,
    ...[...names].flatMap((n) => [`arn:aws:s3:::${n}${suffix}`, `arn:\${AWS::Partition}:s3:::${n}${suffix}`]),
  ];
  return [
    { name: 'the bucket', arns: arns('') },
    { name: 'its objects', arns: arns('/*') },
  ];
}

/** Why a resource with a `Condition` attribute may not be created, or `undefined` when it always is. */
export function conditionalCreation(resource: Resource): string | undefined {
  const c = resource.raw.Condition;
  if (c === undefined) return undefined;
  if (typeof c !== 'string') return `its Condition ${describe(c)} cannot be evaluated`;
  return resource.template.condition(c, 0) === true ? undefined : `it is only created when condition ${c} is true`;
}
