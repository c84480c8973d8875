import type { TemplateResource } from '../../template/template';
import { describe, get, isReference, str } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  title: 'Clients must authenticate: ACLName names an access control list other than the built-in "open-access".',
  rationale: 'The open-access ACL lets any client that can reach the cluster port read and write every key without credentials.',
  fix: 'Create an AWS::MemoryDB::ACL with AWS::MemoryDB::User entries and set ACLName to it (CDK: CfnCluster aclName: acl.aclName).',
  notes: 'ACLName is required. "open-access" is the built-in ACL with the default user and no password. A Ref/GetAtt to an AWS::MemoryDB::ACL of the template or a literal other name passes; a parameter without AllowedValues or an import cannot be proven and is flagged.',
  evaluate,
});

const OPEN = 'open-access';

/**
 * Clients must authenticate: `ACLName` names an access control list other than
 * the built-in `open-access`, which lets any client that reaches the port in
 * without a password.
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) => {
    const acl = get(props, 'ACLName');
    const target = cluster.template.target(acl);
    if (target?.type === 'AWS::MemoryDB::ACL') return undefined;
    const name = str(acl);
    if (name !== undefined && name !== '' && name.toLowerCase() !== OPEN) return undefined;
    if (acl === undefined) return { path: at('ACLName'), problem: 'must name an access control list other than open-access', found: 'absent' };
    if (name?.toLowerCase() === OPEN) return { path: at('ACLName'), problem: 'is the open-access ACL: clients connect without authenticating', found: describe(acl) };
    return {
      path: at('ACLName'),
      problem: isReference(acl) ? 'must refer to an AWS::MemoryDB::ACL' : 'must provably name an access control list other than open-access',
      found: describe(acl),
    };
  });
}
