import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * Canned ACLs that grant nothing to AllUsers or AuthenticatedUsers. PublicRead,
 * PublicReadWrite and AuthenticatedRead (any AWS account) are not on the list.
 */
export const PRIVATE_CANNED_ACLS = ['Private', 'BucketOwnerRead', 'BucketOwnerFullControl', 'LogDeliveryWrite', 'AwsExecRead'] as const;

/** The bucket's canned ACL (AccessControl) grants nothing to the public; absent is private. */
export default function S3BucketAclNotPublic(bucket: Resource): RuleFinding[] {
  return perVariant(bucket, (props) => mustBeOneOf(props, 'AccessControl', PRIVATE_CANNED_ACLS, { absentSecure: true }));
}
