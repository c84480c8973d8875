import type { TemplateResource } from '../../template/template';
import { deniesInsecureTransport, type RequiredResource } from '../../template/policy';
import { describe, isUnknown } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { namesResource } from '../../template/attached-policies';
import { BUCKET_POLICIES } from './bucket-policies';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::S3::BucketPolicy'],
  title: 'A bucket policy for a bucket defined outside this template denies every principal all s3 actions on that bucket and its objects when aws:SecureTransport is false.',
  rationale: 'S3 keeps one policy per bucket: deploying this policy replaces the bucket\'s own, so if it lacks the TLS deny the bucket answers plain HTTP from then on.',
  fix: 'Add to PolicyDocument {Effect: Deny, Principal: {AWS: "*"}, Action: "s3:*", Resource: ["arn:aws:s3:::<bucket>", "arn:aws:s3:::<bucket>/*"], Condition: {Bool: {"aws:SecureTransport": "false"}}} (CDK: Bucket.fromBucketName(...) policies: add the same statement; for buckets you own use enforceSSL: true).',
  notes: 'Only policies whose Bucket is not a bucket of this template are judged here; a policy for a bucket of the template is judged with that bucket by S3BucketRequiresTls, so a missing deny is reported once. The bucket is known by the policy\'s Bucket value (a literal name, or a parameter that both the policy and its ARNs use); when it is only known at deploy time (an import), only a wildcard Resource can be proven to cover it.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard proves coverage of the external bucket only through exact ARN spellings built from the policy\'s Bucket (literal "arn:aws:s3:::<name>" or Fn::Sub "arn:${AWS::Partition}:s3:::<name>" or Fn::Join ["", ["arn:", {Ref: AWS::Partition}, ":s3:::<name>"]], Fn::Sub "arn:aws:s3:::${<parameter>}", each with "/*" for the objects) or the wildcards "*" and "arn:aws:s3:::*"; other IAM wildcard patterns (e.g. "arn:aws:s3:::shared-*") and NotResource are not evaluated and fail.',
  },
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * A bucket policy for a bucket that is NOT defined in this template denies
 * requests without TLS. S3 keeps one policy per bucket, so deploying this policy
 * replaces whatever the bucket had: it must carry the deny itself. Policies for
 * buckets of this template are judged with their bucket (S3BucketRequiresTls),
 * so each missing deny is reported once.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
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
  else if (isUnknown(bucket) && bucket.parameter !== undefined) name = `\${${bucket.parameter}}`;
  else name = `<${describe(bucket)}>`; // only a wildcard Resource can be proven to cover it
  const arns = (suffix: string) => [`arn:aws:s3:::${name}${suffix}`, `arn:\${AWS::Partition}:s3:::${name}${suffix}`];
  return [
    { name: `the bucket ${name}`, arns: arns('') },
    { name: 'its objects', arns: arns('/*') },
  ];
}
