/**
 * Rules that can never be acknowledged, with the reason shown to whoever tries.
 * Two classes, kept deliberately narrow so that real exceptions remain possible elsewhere:
 * - storage readable by anyone on the internet without authentication (an anonymous
 *   grant or public ACL on the data itself, an open OpenSearch endpoint);
 * - plaintext access to a storage endpoint (the data store itself accepts unencrypted
 *   connections). Front doors (load balancers, CDNs, APIs) stay acknowledgeable: a
 *   reviewed exception there is a design decision, not a leak.
 */
const ANONYMOUS = 'health data on the internet without authentication is the 1177 incident itself';
const PLAINTEXT = 'a storage endpoint that accepts plaintext exposes health data to anyone on the path';

export const NEVER_ACKNOWLEDGEABLE: Readonly<Record<string, string>> = {
  'HealthData-S3BucketAclNotPublic': ANONYMOUS,
  'HealthData-S3BucketPolicyNotPublic': ANONYMOUS,
  'HealthData-S3AccessPointPolicyNotPublic': ANONYMOUS,
  'HealthData-OpenSearchDomainAccessPolicyNotPublic': ANONYMOUS,
  'HealthData-OpenSearchDomainAnonymousAuthDisabled': ANONYMOUS,
  'HealthData-SqsQueuePolicyNotPublic': ANONYMOUS,
  'HealthData-SnsTopicPolicyNotPublic': ANONYMOUS,
  'HealthData-DynamoDbTablePolicyNotPublic': ANONYMOUS,
  'HealthData-KinesisResourcePolicyNotPublic': ANONYMOUS,
  'HealthData-BackupVaultAccessPolicyNotPublic': ANONYMOUS,
  'HealthData-SecretsManagerResourcePolicyNotPublic': ANONYMOUS,
  'HealthData-CustomResourceNotPublic': ANONYMOUS,
  'HealthData-S3BucketRequiresTls': PLAINTEXT,
  'HealthData-S3BucketPolicyRequiresTls': PLAINTEXT,
  'HealthData-EfsFileSystemRequiresTls': PLAINTEXT,
  'HealthData-EcsTaskDefinitionEfsTransitEncrypted': PLAINTEXT,
  'HealthData-TransferServerProtocolsEncrypted': PLAINTEXT,
  'HealthData-RdsInstanceTlsRequired': PLAINTEXT,
  'HealthData-RdsClusterTlsRequired': PLAINTEXT,
  'HealthData-RdsProxyTlsRequired': PLAINTEXT,
  'HealthData-RedshiftClusterTlsRequired': PLAINTEXT,
  'HealthData-DocDbClusterTlsEnabled': PLAINTEXT,
  'HealthData-DocDbClusterParameterGroupTlsEnabled': PLAINTEXT,
  'HealthData-DmsEndpointSslRequired': PLAINTEXT,
  'HealthData-ElastiCacheTransitEncrypted': PLAINTEXT,
  'HealthData-MemoryDbClusterTlsEnabled': PLAINTEXT,
  'HealthData-DaxClusterEndpointTls': PLAINTEXT,
  'HealthData-OpenSearchDomainHttpsRequired': PLAINTEXT,
  'HealthData-MskClusterTlsInTransit': PLAINTEXT,
  'HealthData-SqsQueueRequiresTls': PLAINTEXT,
  'HealthData-SnsTopicRequiresTls': PLAINTEXT,
};
