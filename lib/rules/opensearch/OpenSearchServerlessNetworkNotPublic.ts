import type { Resource } from '../../template/template';
import { bool, describe, get, isObject, isUnknown, str } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * An OpenSearch Serverless network policy keeps collections and dashboards off
 * the internet: every rule of the policy (a JSON string holding a list of rules)
 * has `AllowFromPublic` false and so admits only the listed VPC endpoints or services.
 */
export default function OpenSearchServerlessNetworkNotPublic(policy: Resource): RuleFinding[] {
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
