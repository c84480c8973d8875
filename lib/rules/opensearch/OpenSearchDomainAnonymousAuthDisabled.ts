import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  title: 'Fine-grained access control does not admit anonymous users: AdvancedSecurityOptions.AnonymousAuthEnabled is not true.',
  rationale: 'Anonymous authentication lets requests without credentials act as the anonymous user, so index data is readable without logging in.',
  fix: 'Remove AdvancedSecurityOptions.AnonymousAuthEnabled or set it to false.',
  notes: 'Verified: AnonymousAuthEnabled is the 30-day migration switch for enabling fine-grained access control on an existing domain and is off unless set (CloudFormation reference), so absence passes. AWS::Elasticsearch::Domain has no such property.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/** Fine-grained access control does not admit anonymous users: `AdvancedSecurityOptions.AnonymousAuthEnabled` is not true. */
function evaluate(domain: TemplateResource): RuleFinding[] {
  return perVariant(domain, (props) => mustBe(props, 'AdvancedSecurityOptions.AnonymousAuthEnabled', false, { absentSecure: true }));
}
