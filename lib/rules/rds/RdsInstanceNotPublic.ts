import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::RDS::DBInstance'],
  title: 'The DB instance is not publicly accessible: PubliclyAccessible is false.',
  rationale: 'A publicly accessible instance gets an internet-resolvable endpoint, so one permissive security group rule exposes the patient database to the internet.',
  fix: 'Set PubliclyAccessible to false and place the instance in private subnets (CDK: publiclyAccessible: false, vpcSubnets: { subnetType: SubnetType.PRIVATE_ISOLATED }).',
  notes: 'Verified (CreateDBInstance, PubliclyAccessible): when PubliclyAccessible is omitted, the instance is public if the VPC it lands in has an internet gateway attached: the default VPC when DBSubnetGroupName is absent (default VPCs have one), else the subnet group\'s VPC. An internet gateway can be attached outside the template, so absence is a finding in both cases (fail closed). Applies to Aurora and Multi-AZ cluster members too: the setting is per instance. CDK\'s DatabaseInstance and cluster instances always write PubliclyAccessible (true only in public subnets). Security groups are judged by the ec2 rules, not here.',
  evaluate,
});

/**
 * The DB instance is not publicly accessible: `PubliclyAccessible` is false.
 * Absent is a finding: RDS then makes the instance public whenever the VPC it
 * lands in (the subnet group's, or the region's default VPC) has an internet
 * gateway attached, which the template cannot rule out.
 */
function evaluate(db: TemplateResource): RuleFinding[] {
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
