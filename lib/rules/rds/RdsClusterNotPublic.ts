import type { TemplateResource } from '../../template/template';
import { str } from '../../template/values';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::RDS::DBCluster'],
  title: 'The Multi-AZ DB cluster is not publicly accessible: PubliclyAccessible is false.',
  rationale: 'A publicly accessible Multi-AZ DB cluster gets internet-resolvable endpoints for its writer and readers, leaving only a security group between the health data and the internet.',
  fix: 'Set PubliclyAccessible to false and use a DB subnet group of private subnets (CloudFormation AWS::RDS::DBCluster with DBClusterInstanceClass).',
  notes: 'Verified (CreateDBCluster, PubliclyAccessible: "Valid for Cluster Type: Multi-AZ DB clusters only"): the default is public when the default VPC (no DBSubnetGroupName) or the subnet group\'s VPC has an internet gateway, so absence is a finding. Decision: a cluster is a Multi-AZ DB cluster when it has DBClusterInstanceClass or its engine is mysql or postgres; Aurora clusters have no cluster-level switch and are not applicable (their instances are judged by RdsInstanceNotPublic).',
  evaluate,
});

/**
 * A Multi-AZ DB cluster is not publicly accessible: `PubliclyAccessible` is false.
 * Only Multi-AZ DB clusters (engine mysql or postgres, with DBClusterInstanceClass)
 * have the setting; an Aurora cluster's instances carry it and are judged by
 * RdsInstanceNotPublic.
 */
function evaluate(cluster: TemplateResource): RuleFinding[] {
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
