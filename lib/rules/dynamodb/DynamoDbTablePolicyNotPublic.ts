import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown } from '../../template/values';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  title: 'No resource policy of the table or its stream grants access to anyone: every Allow for "*" carries a condition that pins the caller to an account, organisation, VPC endpoint or source resource.',
  rationale: 'A table resource policy allowing "*" lets any AWS account read or change the health records, bypassing the owner\'s IAM boundaries.',
  fix: 'Name specific principals in ResourcePolicy.PolicyDocument (and StreamSpecification.ResourcePolicy), or add a condition such as aws:PrincipalOrgID or aws:SourceVpce (CDK: Table resourcePolicy / TableV2 resourcePolicy).',
  notes: 'Judged with lib/template/policy.ts publicGrants: aws:SourceIp does not restrict; a condition value from a parameter is not proven concrete. Checks Table ResourcePolicy and StreamSpecification.ResourcePolicy, and for a global table every replica\'s ResourcePolicy and ReplicaStreamSpecification.ResourcePolicy. No resource policy means only IAM identities of the account (and grants made elsewhere) have access, which passes.',
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/** Where a table (or a global table replica) carries resource policies: the table's and its stream's. */
const POLICIES = ['ResourcePolicy.PolicyDocument', 'StreamSpecification.ResourcePolicy.PolicyDocument'];
const REPLICA_POLICIES = ['ResourcePolicy.PolicyDocument', 'ReplicaStreamSpecification.ResourcePolicy.PolicyDocument'];

/**
 * No resource policy of the table or its stream grants access to anyone: no Allow
 * for every principal without a condition that pins the caller to an account,
 * organisation, VPC endpoint or source resource.
 */
function evaluate(table: TemplateResource): RuleFinding[] {
  const opts = { placeholderIsConcrete: (n: string) => !table.template.parameter(n) };
  const judge = (holder: Record<string, unknown>, paths: string[], prefix: string) =>
    paths.flatMap((p) => under(at(`${prefix}${p}`), publicGrants(get(holder, p), opts)));
  return perVariant(table, (props) => {
    if (table.type !== 'AWS::DynamoDB::GlobalTable') return judge(props, POLICIES, '');
    const replicas = get(props, 'Replicas');
    if (isUnknown(replicas)) return { path: at('Replicas'), problem: 'cannot be proven free of public resource policies', found: describe(replicas) };
    return asArray(replicas).flatMap((replica, i) => (isObject(replica)
      ? judge(replica, REPLICA_POLICIES, `Replicas.${i}.`)
      : [{ path: at(`Replicas.${i}`), problem: 'cannot be proven free of public resource policies', found: describe(replica) }]));
  });
}
