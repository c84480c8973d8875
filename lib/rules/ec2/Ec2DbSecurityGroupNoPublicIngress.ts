import { cidrSource } from '../../template/network';
import type { TemplateResource } from '../../template/template';
import { describe, isObject, isUnknown } from '../../template/values';
import { perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::RDS::DBSecurityGroup', 'AWS::RDS::DBSecurityGroupIngress'],
  title: 'No EC2-Classic DB security group ingress admits a public CIDRIP range.',
  rationale: 'A DB security group with a public CIDRIP lets anyone on the internet connect to the database holding health data.',
  fix: 'Remove CIDRIP public ranges; better, move the database to a VPC and use VPC security groups (CDK: rds.DatabaseInstance with vpc and securityGroups).',
  notes: 'CIDRIP is judged by address arithmetic like security group rules; an EC2SecurityGroupId/Name source is not public. A CIDRIP from a parameter without AllowedValues is unproven, so a finding. Judged here with the other network rules.',
  evaluate,
});

function judge(rule: unknown, path: string): RuleFinding | undefined {
  if (!isObject(rule)) {
    return { path, problem: 'cannot be proven closed to the internet: the ingress entry cannot be resolved', found: describe(rule) };
  }
  // An EC2 security group source (EC2SecurityGroupId/Name) is never public.
  if (rule.CIDRIP === undefined) return undefined;
  const src = cidrSource(rule.CIDRIP, 'CIDRIP');
  if (src.kind === 'private') return undefined;
  return {
    path: `${path}.CIDRIP`,
    problem: src.kind === 'public' ? `allows the database from ${src.text}` : `cannot be proven closed to the internet: ${src.text}`,
    found: describe(rule.CIDRIP),
  };
}

/** An EC2-Classic DB security group (and its standalone ingress) admits no public CIDRIP range. */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => {
    if (r.type === 'AWS::RDS::DBSecurityGroupIngress') return judge(props, 'Properties');
    const list = props.DBSecurityGroupIngress;
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) {
      return { path: 'Properties.DBSecurityGroupIngress', problem: `cannot be proven closed to the internet: ${isUnknown(list) ? list.reason : 'not a list'}`, found: describe(list) };
    }
    return list.map((rule, i) => judge(rule, `Properties.DBSecurityGroupIngress[${i}]`));
  });
}
