/**
 * How AWS::S3::BucketPolicy resources name a bucket of the same template (see
 * lib/template/attached-policies.ts), and the ARN spellings under which a policy may
 * name the bucket and its objects. A bucket is judged with the policies whose `Bucket`
 * refers to it, never with "some policy in the template".
 */
import type { AttachedPolicySpec } from '../../template/attached-policies';
import type { RequiredResource } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { isUnknown } from '../../template/values';

/** A bucket policy names its bucket by `Ref`, by the literal name, or by the same deploy-time value as the bucket's name. */
export const BUCKET_POLICIES: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::S3::BucketPolicy', targetProp: 'Bucket' }],
  nameProp: 'BucketName',
  literalNames: (entry, name) => entry === name,
  deployTimeNames: true,
};

/**
 * The bucket and its objects as a policy may spell their ARNs: `${Bucket.Arn}`,
 * `arn:aws:s3:::${Bucket}` (Ref gives the name), and the literal or deploy-time name.
 */
export function bucketResources(bucket: TemplateResource): RequiredResource[] {
  const names = new Set<string>([`\${${bucket.logicalId}}`]);
  for (const v of bucket.variants()) {
    const n = v.value.BucketName;
    if (typeof n === 'string') names.add(n);
    else if (isUnknown(n) && n.parameter !== undefined) names.add(`\${${n.parameter}}`);
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
