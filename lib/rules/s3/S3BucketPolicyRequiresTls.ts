import type { Resource } from '../../template/template';
import { deniesInsecureTransport, type RequiredResource } from '../../template/policy';
import { describe, isUnknown } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { namesResource } from '../../template/attached-policies';
import { BUCKET_POLICIES } from './bucket-policies';

/**
 * A bucket policy for a bucket that is NOT defined in this template denies
 * requests without TLS. S3 keeps one policy per bucket, so deploying this policy
 * replaces whatever the bucket had: it must carry the deny itself. Policies for
 * buckets of this template are judged with their bucket (S3BucketRequiresTls),
 * so each missing deny is reported once.
 */
export default function S3BucketPolicyRequiresTls(policy: Resource): RuleFinding[] {
  const buckets = policy.template.ofType('AWS::S3::Bucket');
  return perVariant(policy, (props) => {
    if (buckets.some((b) => namesResource(b, props.Bucket, BUCKET_POLICIES))) return undefined;
    const p = deniesInsecureTransport(props.PolicyDocument, { service: 's3', resources: externalBucket(props.Bucket) });
    return p ? { path: at(`PolicyDocument${p.path ? `.${p.path}` : ''}`), problem: p.problem, found: p.found } : undefined;
  });
}

/** ARN spellings of a bucket known only by the policy's `Bucket` value. */
function externalBucket(bucket: unknown): RequiredResource[] {
  let name: string;
  if (typeof bucket === 'string') name = bucket;
  else if (isUnknown(bucket) && /^parameter '([^']+)'/.test(bucket.reason)) name = `\${${/^parameter '([^']+)'/.exec(bucket.reason)![1]}}`;
  else name = `<${describe(bucket)}>`; // only a wildcard Resource can be proven to cover it
  const arns = (suffix: string) => [`arn:aws:s3:::${name}${suffix}`, `arn:\${AWS::Partition}:s3:::${name}${suffix}`];
  return [
    { name: `the bucket ${name}`, arns: arns('') },
    { name: 'its objects', arns: arns('/*') },
  ];
}
