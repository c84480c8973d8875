import { cidrSource } from '../../template/network';
import type { Resource } from '../../template/template';
import { describe, isObject, isUnknown } from '../../template/values';
import { perVariant } from '../check';
import type { RuleFinding } from '../rule';

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
export default function Ec2DbSecurityGroupNoPublicIngress(r: Resource): RuleFinding[] {
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
