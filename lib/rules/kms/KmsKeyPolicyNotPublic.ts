import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'],
  title: 'No Allow statement of the key policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC, source or calling service.',
  rationale: 'Whoever may use the key may decrypt every copy of the health data it protects; a key policy open to "*" turns encryption at rest into a formality.',
  fix: 'Grant to the account root or specific roles, or keep "*" only with a condition on kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists) (CDK: key.grantEncryptDecrypt(role) instead of addToResourcePolicy with AnyPrincipal).',
  notes: 'Replica keys (AWS::KMS::ReplicaKey) carry their own KeyPolicy and are judged the same way. An absent KeyPolicy gets the default key policy (the account root), which grants nothing to others. Besides the common keys, kms:CallerAccount and kms:ViaService pin the caller (the pattern of AWS-managed key policies). Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  evaluate,
});

/**
 * The key policy grants nothing to anyone: no Allow to `*` (or NotPrincipal)
 * without a condition pinning the caller to an account, organisation, VPC, source
 * or calling service (kms:CallerAccount, kms:ViaService; see `publicGrants`).
 */
function evaluate(key: TemplateResource): RuleFinding[] {
  const template = key.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(key, (props) => under(at('KeyPolicy'), publicGrants(props.KeyPolicy, { placeholderIsConcrete })));
}
