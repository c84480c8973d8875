import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::DMS::ReplicationInstance'],
  title: 'The DMS replication instance is not publicly accessible: PubliclyAccessible is false.',
  rationale: 'A public replication instance has an internet-facing IP address while it reads and writes whole databases of health data.',
  fix: 'Set PubliclyAccessible to false and give it a ReplicationSubnetGroupIdentifier of private subnets (CDK: CfnReplicationInstance publiclyAccessible: false).',
  notes: 'Verified: the DMS API gives "The default value is true" for PubliclyAccessible, so absence is a finding.',
  evaluate,
});

/** The DMS replication instance has no public IP address: `PubliclyAccessible` is false (the default is true). */
function evaluate(instance: TemplateResource): RuleFinding[] {
  return perVariant(instance, (props) =>
    mustBe(props, 'PubliclyAccessible', false, { defaultText: 'true: the replication instance gets a public IP address' }),
  );
}
