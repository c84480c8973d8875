import { publicGrants, under } from '../../template/policy';
import type { TemplateResource } from '../../template/template';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Backup::BackupVault', 'AWS::Backup::LogicallyAirGappedBackupVault'],
  title: 'No Allow statement of the vault AccessPolicy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'A vault open to "*" lets anyone copy out, restore or delete the recovery points that hold full copies of health data.',
  fix: 'Grant to specific accounts or roles, or keep "*" only with a condition on aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists); the usual public statement is a Deny of backup:DeleteRecoveryPoint, which is fine (CDK: accessPolicy with specific principals, or blockRecoveryPointDeletion).',
  notes: 'An absent AccessPolicy grants nothing beyond IAM. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The vault's AccessPolicy grants nothing to anyone: no Allow to `*` (or
 * NotPrincipal) without a condition pinning the caller to an account,
 * organisation, VPC or source (see `publicGrants`). An absent AccessPolicy grants nothing.
 */
function evaluate(vault: TemplateResource): RuleFinding[] {
  const template = vault.template;
  // A `${Name}` placeholder left in a string is a parameter without AllowedValues: it could be `*` at deploy time.
  const placeholderIsConcrete = (name: string) => !template.parameter(name);
  return perVariant(vault, (props) => under(at('AccessPolicy'), publicGrants(props.AccessPolicy, { placeholderIsConcrete })));
}
