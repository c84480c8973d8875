import { entry } from './entry';
import type { CatalogEntry } from './types';

export const dms: CatalogEntry[] = [
  entry({
    name: 'DmsReplicationInstanceNotPublic',
    category: 'P',
    service: 'dms',
    resourceTypes: ['AWS::DMS::ReplicationInstance'],
    title: 'The DMS replication instance is not publicly accessible: PubliclyAccessible is false.',
    rationale: 'A public replication instance has an internet-facing IP address while it reads and writes whole databases of health data.',
    fix: 'Set PubliclyAccessible to false and give it a ReplicationSubnetGroupIdentifier of private subnets (CDK: CfnReplicationInstance publiclyAccessible: false).',
    notes: 'Verified: the DMS API gives "The default value is true" for PubliclyAccessible, so absence is a finding.',
  }),
  entry({
    name: 'DmsEndpointSslRequired',
    category: 'H',
    service: 'dms',
    resourceTypes: ['AWS::DMS::Endpoint'],
    title: 'The DMS endpoint encrypts its database connection: SslMode is require, verify-ca or verify-full (Kafka: an encrypting KafkaSettings.SecurityProtocol).',
    rationale: 'With SslMode none, DMS copies entire databases of health data and their credentials across the network in plaintext.',
    fix: 'Set SslMode to verify-full (or verify-ca/require) and CertificateArn to the server CA (CDK: CfnEndpoint sslMode: "verify-full"). Kafka: KafkaSettings.SecurityProtocol ssl-encryption, ssl-authentication or sasl-ssl.',
    notes: 'Verified: SslMode defaults to none. Decision: engines DMS reaches through AWS service APIs over HTTPS (s3, dynamodb, kinesis, neptune, elasticsearch, opensearch, timestream) and Redshift (DMS docs: a Redshift endpoint already uses an SSL connection) have no SslMode to set and are compliant. Kafka endpoints are judged on KafkaSettings.SecurityProtocol (default plaintext). Every other engine, including one DMS may add later, must have a secure SslMode; an EngineName that is not a literal is a finding.',
  }),
];
