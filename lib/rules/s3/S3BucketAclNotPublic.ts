import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::S3::Bucket'],
  title: 'The bucket\'s canned ACL (AccessControl) is absent or one of Private, BucketOwnerRead, BucketOwnerFullControl, LogDeliveryWrite, AwsExecRead.',
  rationale: 'PublicRead and PublicReadWrite let anyone on the internet list (and write) the bucket; AuthenticatedRead lets any AWS account in the world read it. Either publishes health data with no credential of the owner\'s.',
  fix: 'Remove AccessControl or set it to Private, and grant access through IAM or a bucket policy to named principals (CDK: drop accessControl / publicReadAccess, use bucket.grantRead(role)).',
  notes: 'Verified: the canned ACL defaults to private (owner FULL_CONTROL only), so absence passes. Allow-list: PublicRead, PublicReadWrite, AuthenticatedRead and anything not provably one of the five private values (a parameter without safe AllowedValues, an import) are findings. Kept apart from S3BucketPublicAccessBlocked: IgnorePublicAcls would neutralise a public ACL, but the ACL itself states the intent to publish and the fix differs.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * Canned ACLs that grant nothing to AllUsers or AuthenticatedUsers. PublicRead,
 * PublicReadWrite and AuthenticatedRead (any AWS account) are not on the list.
 */
export const PRIVATE_CANNED_ACLS = ['Private', 'BucketOwnerRead', 'BucketOwnerFullControl', 'LogDeliveryWrite', 'AwsExecRead'] as const;

/** The bucket's canned ACL (AccessControl) grants nothing to the public; absent is private. */
function evaluate(bucket: TemplateResource): RuleFinding[] {
  return perVariant(bucket, (props) => mustBeOneOf(props, 'AccessControl', PRIVATE_CANNED_ACLS, { absentSecure: true }));
}
