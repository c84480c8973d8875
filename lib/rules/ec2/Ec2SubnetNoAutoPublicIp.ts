import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::EC2::Subnet'],
  title: 'The subnet does not assign public IP addresses to instances launched into it (MapPublicIpOnLaunch is false).',
  rationale: 'A subnet that maps public IPs on launch puts every instance, database host and file server placed in it on the internet.',
  fix: 'Set MapPublicIpOnLaunch false or leave it out (CDK: ec2.Vpc subnetConfiguration with SubnetType.PRIVATE_WITH_EGRESS / PRIVATE_ISOLATED, or mapPublicIpOnLaunch: false).',
  notes: 'Verified default: MapPublicIpOnLaunch is false for a nondefault subnet, so absence passes. A parameter without AllowedValues is unproven. CDK public subnets set it to true, which this rule flags: health data belongs in private subnets; load balancers in public subnets do not need it.',
  evaluate,
});

/** A subnet does not give instances launched into it a public IPv4 address (MapPublicIpOnLaunch false; the default). */
function evaluate(r: TemplateResource): RuleFinding[] {
  return perVariant(r, (props) => mustBe(props, 'MapPublicIpOnLaunch', false, { absentSecure: true }));
}
