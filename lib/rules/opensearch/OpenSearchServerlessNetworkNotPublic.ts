import type { TemplateResource } from '../../template/template';
import { bool, describe, get, isObject, isUnknown, str } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::OpenSearchServerless::SecurityPolicy'],
  title: 'A Serverless network policy keeps collections and dashboards off the internet: every rule has AllowFromPublic false.',
  rationale: 'AllowFromPublic true exposes the collection endpoint (and dashboards) to the internet, leaving only data access policies between the internet and health data.',
  fix: 'In the network policy JSON, set "AllowFromPublic": false with "SourceVPCEs" (AWS::OpenSearchServerless::VpcEndpoint) or "SourceServices" (CDK: CfnSecurityPolicy type: "network", policy: JSON.stringify([{ Rules, AllowFromPublic: false, SourceVPCEs }])).',
  notes: 'Policy is a JSON string holding a list of rules; it is parsed and every rule must say AllowFromPublic false (absent is not proven private). An unparseable or deploy-time policy is flagged; a policy whose Type cannot be resolved is flagged. Decision: encryption policies (Type "encryption") are not judged: Serverless collections are always encrypted at rest, with AWSOwnedKey true meaning an AWS-owned key; the pack does not require a customer-managed key there.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard reads the policy text from a literal string or an Fn::Sub only: a Policy built with Fn::Join (CDK\'s rendering of JSON.stringify with a token, e.g. a VPC endpoint id) fails, because Guard cannot concatenate the parts; the rule joins them and judges the resulting JSON.',
  },
  evaluate,
});

/**
 * An OpenSearch Serverless network policy keeps collections and dashboards off
 * the internet: every rule of the policy (a JSON string holding a list of rules)
 * has `AllowFromPublic` false and so admits only the listed VPC endpoints or services.
 */
function evaluate(policy: TemplateResource): RuleFinding[] {
  return perVariant(policy, (props) => {
    const type = get(props, 'Type');
    const typeName = str(type)?.toLowerCase();
    if (typeName !== undefined && typeName !== 'network') return undefined;
    if (typeName === undefined) {
      return { path: at('Type'), problem: 'must provably be a policy type; a network policy cannot be told apart', found: describe(type) };
    }
    const raw = get(props, 'Policy');
    let doc: unknown = raw;
    if (typeof raw === 'string') {
      try {
        doc = JSON.parse(raw);
      } catch {
        return { path: at('Policy'), problem: 'cannot be read as a JSON network policy, so private access is not proven', found: describe(raw) };
      }
    }
    if (isUnknown(doc) || doc === undefined) {
      return { path: at('Policy'), problem: 'cannot be proven private: the network policy is only known at deploy time', found: describe(doc) };
    }
    const rules = Array.isArray(doc) ? doc : [doc];
    return rules.map((rule, i) => {
      const where = at(`Policy[${i}].AllowFromPublic`);
      if (!isObject(rule)) return { path: at(`Policy[${i}]`), problem: 'is not a network policy rule, so private access is not proven', found: describe(rule) };
      const open = rule.AllowFromPublic;
      if (bool(open) === false) return undefined;
      if (open === undefined) return { path: where, problem: 'must be false (with SourceVPCEs or SourceServices)', found: 'absent' };
      if (bool(open) === true) return { path: where, problem: 'is true: the collection or dashboards are reachable from the internet', found: describe(open) };
      return { path: where, problem: 'must provably be false', found: describe(open) };
    });
  });
}
