import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::ECR::Repository'],
  title: 'No Allow statement of the repository policy (RepositoryPolicyText) grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A repository open to "*" lets anyone pull the images (and whatever configuration or data is baked into them) or push tampered ones.',
  fix: 'Grant to specific accounts or roles, or keep "*" only with a condition on aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists) (CDK: repository.grantPull(principal) instead of addToResourcePolicy with AnyPrincipal).',
  notes: 'An absent RepositoryPolicyText grants nothing beyond IAM. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  evaluate,
});

/**
 * The repository policy (RepositoryPolicyText) grants nothing to anyone: no Allow
 * to `*` (or NotPrincipal) without a condition pinning the caller to an account,
 * organisation, VPC or source (see `publicGrants`). An absent policy grants nothing.
 */
function evaluate(repository: TemplateResource): RuleFinding[] {
  const template = repository.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(repository, (props) => under(at('RepositoryPolicyText'), publicGrants(props.RepositoryPolicyText, { placeholderIsConcrete })));
}
