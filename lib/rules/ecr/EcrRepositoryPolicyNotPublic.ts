import { publicGrants, under } from '../../template/policy';
import type { Resource } from '../../template/template';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The repository policy (RepositoryPolicyText) grants nothing to anyone: no Allow
 * to `*` (or NotPrincipal) without a condition pinning the caller to an account,
 * organisation, VPC or source (see `publicGrants`). An absent policy grants nothing.
 */
export default function EcrRepositoryPolicyNotPublic(repository: Resource): RuleFinding[] {
  const template = repository.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(repository, (props) => under(at('RepositoryPolicyText'), publicGrants(props.RepositoryPolicyText, { placeholderIsConcrete })));
}
