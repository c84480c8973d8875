import { entry } from './entry';
import type { CatalogEntry } from './types';

export const mq: CatalogEntry[] = [
  entry({
    name: 'MqBrokerNotPublic',
    category: 'P',
    service: 'mq',
    resourceTypes: ['AWS::AmazonMQ::Broker'],
    title: 'The broker is reachable only from its VPC: PubliclyAccessible is false or absent (false by default).',
    rationale: 'A publicly accessible broker exposes its endpoints and web console to the internet, protected only by broker user passwords, while messages carry health data.',
    fix: 'Set PubliclyAccessible to false and place the broker in private SubnetIds (CDK: CfnBroker publiclyAccessible: false).',
    notes: 'Verified: the CloudFormation reference marks PubliclyAccessible as required and says it is false by default when no value is provided; either way an absent value never yields a public broker, so absence passes. Decisions: no transport rule, because Amazon MQ endpoints (ActiveMQ OpenWire/AMQP/STOMP/MQTT/WSS, RabbitMQ AMQPS) accept TLS connections only, with no plaintext option.',
  }),
  entry({
    name: 'MqBrokerCustomerKeyEncrypted',
    category: 'E',
    severity: 'warning',
    service: 'mq',
    resourceTypes: ['AWS::AmazonMQ::Broker'],
    title: 'An ActiveMQ broker encrypts its message store with a customer-managed KMS key: EncryptionOptions.UseAwsOwnedKey is false and KmsKeyId names the key.',
    rationale: 'With the AWS-owned or AWS-managed key the customer cannot restrict, audit or revoke decryption of queued messages carrying health data.',
    fix: 'Set EncryptionOptions { UseAwsOwnedKey: false, KmsKeyId: <your key> } (CDK: CfnBroker encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: key.keyArn }).',
    notes: 'Verified: Amazon MQ always encrypts at rest; UseAwsOwnedKey defaults to true (AWS-owned key) and UseAwsOwnedKey false without KmsKeyId uses the AWS-managed aws/mq key (CloudFormation EncryptionOptions reference). Decision: a warning, not an error, since the data is encrypted either way. RabbitMQ brokers support only the AWS-owned key and are not judged; an engine that cannot be resolved is flagged.',
  }),
];
