import type { Resource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown } from '../../template/values';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Where a table (or a global table replica) carries resource policies: the table's and its stream's. */
const POLICIES = ['ResourcePolicy.PolicyDocument', 'StreamSpecification.ResourcePolicy.PolicyDocument'];
const REPLICA_POLICIES = ['ResourcePolicy.PolicyDocument', 'ReplicaStreamSpecification.ResourcePolicy.PolicyDocument'];

/**
 * No resource policy of the table or its stream grants access to anyone: no Allow
 * for every principal without a condition that pins the caller to an account,
 * organisation, VPC endpoint or source resource.
 */
export default function DynamoDbTablePolicyNotPublic(table: Resource): RuleFinding[] {
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
