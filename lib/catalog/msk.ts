import { entry } from './entry';
import type { CatalogEntry } from './types';

const SERVERLESS = 'AWS::MSK::ServerlessCluster is not judged: it always uses IAM authentication and TLS, with no property to change either.';

export const msk: CatalogEntry[] = [
  entry({
    name: 'MskClusterNotPublic',
    category: 'P',
    service: 'msk',
    resourceTypes: ['AWS::MSK::Cluster'],
    title: 'The brokers have no public IP addresses: BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type is absent or "DISABLED".',
    rationale: 'SERVICE_PROVIDED_EIPS gives every broker an internet-reachable address, so the topics carrying health data are one credential or misconfigured ACL away from the internet.',
    fix: 'Remove ConnectivityInfo.PublicAccess or set its Type to "DISABLED" (CDK: CfnCluster brokerNodeGroupInfo.connectivityInfo.publicAccess.type: "DISABLED").',
    notes: 'Verified: PublicAccess.Type is DISABLED or SERVICE_PROVIDED_EIPS and defaults to DISABLED (CloudFormation reference; MSK public access is off for new clusters), so absence passes. ' + SERVERLESS,
  }),
  entry({
    name: 'MskClusterAuthenticated',
    category: 'P',
    service: 'msk',
    resourceTypes: ['AWS::MSK::Cluster'],
    title: 'Kafka clients must authenticate: IAM, SASL/SCRAM or mutual TLS is on and ClientAuthentication.Unauthenticated.Enabled is not true.',
    rationale: 'With unauthenticated access, anything that reaches a broker can read and write every topic of health data.',
    fix: 'Set ClientAuthentication { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } } or use SCRAM / TLS (CDK: CfnCluster clientAuthentication).',
    notes: 'Decision: a cluster without ClientAuthentication (or with no mechanism on) is flagged: MSK then serves clients without authentication, and the template proves no mechanism. This flags templates that are otherwise private (the corpus negatives of msk_broker_is_publicly_accessible have no ClientAuthentication). A TLS block with a CertificateAuthorityArnList and no Enabled counts as mutual TLS on. ' + SERVERLESS,
  }),
  entry({
    name: 'MskClusterTlsInTransit',
    category: 'H',
    service: 'msk',
    resourceTypes: ['AWS::MSK::Cluster'],
    title: 'Kafka traffic is TLS-only: EncryptionInTransit.ClientBroker is absent or "TLS" and InCluster is not false.',
    rationale: 'TLS_PLAINTEXT and PLAINTEXT let producers and consumers send health records in the clear; InCluster false sends replication traffic between brokers in plaintext.',
    fix: 'Remove EncryptionInfo.EncryptionInTransit or set ClientBroker to "TLS" and InCluster to true (CDK: CfnCluster encryptionInfo.encryptionInTransit).',
    notes: 'Verified: ClientBroker allows TLS | TLS_PLAINTEXT | PLAINTEXT with default TLS, and InCluster defaults to true (CloudFormation EncryptionInTransit reference; MSK developer guide), so absence passes. ' + SERVERLESS,
  }),
  entry({
    name: 'MskClusterCustomerKeyEncrypted',
    category: 'E',
    severity: 'warning',
    service: 'msk',
    resourceTypes: ['AWS::MSK::Cluster'],
    title: 'Broker data volumes are encrypted with a customer-managed KMS key: EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId names it.',
    rationale: 'With the AWS-managed aws/kafka key the customer cannot restrict, audit separately or revoke decryption of the topics holding health data.',
    fix: 'Set EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId to a customer-managed key (CDK: CfnCluster encryptionInfo.encryptionAtRest.dataVolumeKmsKeyId: key.keyArn).',
    notes: 'Verified: MSK always encrypts data volumes; without EncryptionAtRest it uses the AWS-managed key alias/aws/kafka (MSK developer guide, encryption at rest). Decision: a warning, not an error: the data is encrypted either way and only key control is at stake. ' + SERVERLESS,
  }),
];
