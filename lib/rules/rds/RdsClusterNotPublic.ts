import type { Resource } from '../../template/template';
import { str } from '../../template/values';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * A Multi-AZ DB cluster is not publicly accessible: `PubliclyAccessible` is false.
 * Only Multi-AZ DB clusters (engine mysql or postgres, with DBClusterInstanceClass)
 * have the setting; an Aurora cluster's instances carry it and are judged by
 * RdsInstanceNotPublic.
 */
export default function RdsClusterNotPublic(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => {
    const engine = str(props.Engine)?.toLowerCase();
    const multiAz = props.DBClusterInstanceClass !== undefined || engine === 'mysql' || engine === 'postgres';
    if (!multiAz) return undefined;
    const where = props.DBSubnetGroupName === undefined ? "the region's default VPC" : "the subnet group's VPC";
    return mustBe(props, 'PubliclyAccessible', false, {
      defaultText: `public whenever ${where} has an internet gateway attached, which the template cannot rule out`,
    });
  });
}
