import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { SERVERLESS } from './notes';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::MSK::Cluster'],
  title: 'The brokers have no public IP addresses: BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type is absent or "DISABLED".',
  rationale: 'SERVICE_PROVIDED_EIPS gives every broker an internet-reachable address, so the topics carrying health data are one credential or misconfigured ACL away from the internet.',
  fix: 'Remove ConnectivityInfo.PublicAccess or set its Type to "DISABLED" (CDK: CfnCluster brokerNodeGroupInfo.connectivityInfo.publicAccess.type: "DISABLED").',
  notes: 'Verified: PublicAccess.Type is DISABLED or SERVICE_PROVIDED_EIPS and defaults to DISABLED (CloudFormation reference; MSK public access is off for new clusters), so absence passes. ' + SERVERLESS,
  evaluate,
});

/** Brokers have no public IP addresses: `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` is absent or `DISABLED`. */
function evaluate(cluster: TemplateResource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    mustBeOneOf(props, 'BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type', ['DISABLED'], { absentSecure: true }));
}
