import type { Resource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The DB instance is not publicly accessible: `PubliclyAccessible` is false.
 * Absent is a finding: RDS then makes the instance public whenever the VPC it
 * lands in (the subnet group's, or the region's default VPC) has an internet
 * gateway attached, which the template cannot rule out.
 */
export default function RdsInstanceNotPublic(db: Resource): RuleFinding[] {
  return perVariant(db, (props) => {
    const where = props.DBClusterIdentifier !== undefined
      ? "the cluster's subnet group VPC"
      : props.DBSubnetGroupName === undefined
        ? "the region's default VPC"
        : "the subnet group's VPC";
    return mustBe(props, 'PubliclyAccessible', false, {
      defaultText: `public whenever ${where} has an internet gateway attached, which the template cannot rule out`,
    });
  });
}
