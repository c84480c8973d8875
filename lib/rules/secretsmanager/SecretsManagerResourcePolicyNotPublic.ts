import { publicGrants, under } from '../../template/policy';
import type { Resource } from '../../template/template';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The secret's resource policy grants nothing to anyone: no Allow to `*` (or
 * NotPrincipal) without a condition pinning the caller to an account,
 * organisation, VPC or source (see `publicGrants`). Judged on the policy resource.
 */
export default function SecretsManagerResourcePolicyNotPublic(policy: Resource): RuleFinding[] {
  const template = policy.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(policy, (props) => under(at('ResourcePolicy'), publicGrants(props.ResourcePolicy, { placeholderIsConcrete })));
}
