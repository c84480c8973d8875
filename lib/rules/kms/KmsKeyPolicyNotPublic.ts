import { publicGrants, under } from '../../template/policy';
import type { Resource } from '../../template/template';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The key policy grants nothing to anyone: no Allow to `*` (or NotPrincipal)
 * without a condition pinning the caller to an account, organisation, VPC, source
 * or calling service (kms:CallerAccount, kms:ViaService; see `publicGrants`).
 */
export default function KmsKeyPolicyNotPublic(key: Resource): RuleFinding[] {
  const template = key.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(key, (props) => under(at('KeyPolicy'), publicGrants(props.KeyPolicy, { placeholderIsConcrete })));
}
