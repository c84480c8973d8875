import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  title: 'The broker is reachable only from its VPC: PubliclyAccessible is false or absent (false by default).',
  rationale: 'A publicly accessible broker exposes its endpoints and web console to the internet, protected only by broker user passwords, while messages carry health data.',
  fix: 'Set PubliclyAccessible to false and place the broker in private SubnetIds (CDK: CfnBroker publiclyAccessible: false).',
  notes: 'Verified: the CloudFormation reference marks PubliclyAccessible as required and says it is false by default when no value is provided; either way an absent value never yields a public broker, so absence passes. Decisions: no transport rule, because Amazon MQ endpoints (ActiveMQ OpenWire/AMQP/STOMP/MQTT/WSS, RabbitMQ AMQPS) accept TLS connections only, with no plaintext option.',
  evaluate,
});

/** The broker accepts connections only from its VPC: `PubliclyAccessible` is false (absent: false, or the template is rejected). */
function evaluate(broker: TemplateResource): RuleFinding[] {
  return perVariant(broker, (props) =>
    mustBe(props, 'PubliclyAccessible', false, { absentSecure: true }));
}
