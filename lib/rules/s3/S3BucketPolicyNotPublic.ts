import type { Resource } from '../../template/template';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The bucket policy grants nothing to anyone: no Allow to `*` (or NotPrincipal)
 * without a condition pinning the caller to an account, organisation, VPC or
 * source. Judged on the policy resource itself, so a policy for a bucket outside
 * the template is judged too, and each grant is reported once.
 */
export default function S3BucketPolicyNotPublic(policy: Resource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('PolicyDocument'), publicGrants(props.PolicyDocument, { placeholderIsConcrete })));
}
