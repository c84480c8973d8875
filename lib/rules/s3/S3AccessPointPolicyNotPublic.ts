import type { Resource } from '../../template/template';
import { publicGrants, under } from '../../template/policy';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * The access point policy grants nothing to anyone (see `publicGrants`). Both
 * AWS::S3::AccessPoint and AWS::S3::MultiRegionAccessPointPolicy keep it in `Policy`.
 */
export default function S3AccessPointPolicyNotPublic(ap: Resource): RuleFinding[] {
  const prop = 'Policy';
  const placeholderIsConcrete = (name: string) => !ap.template.parameter(name);
  return perVariant(ap, (props) => under(at(prop), publicGrants(props[prop], { placeholderIsConcrete })));
}
