import type { TemplateResource } from '../../template/template';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::S3::AccessPoint', 'AWS::S3::MultiRegionAccessPointPolicy'],
  title: 'No Allow statement of the access point policy grants to any principal without a condition that pins the caller to an account, organisation, VPC or source.',
  rationale: 'An access point policy that allows "*" publishes the objects reachable through the access point.',
  fix: 'Grant to specific roles or accounts in Policy, or condition "*" on aws:PrincipalOrgID, aws:PrincipalAccount or aws:SourceVpce.',
  notes: 'Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants). An absent Policy grants nothing through the access point beyond what IAM and the bucket policy grant.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/**
 * The access point policy grants nothing to anyone (see `publicGrants`). Both
 * AWS::S3::AccessPoint and AWS::S3::MultiRegionAccessPointPolicy keep it in `Policy`.
 */
function evaluate(ap: TemplateResource): RuleFinding[] {
  const prop = 'Policy';
  const placeholderIsConcrete = (name: string) => !ap.template.parameter(name);
  return perVariant(ap, (props) => under(at(prop), publicGrants(props[prop], { placeholderIsConcrete })));
}
