/**
 * Corpus negatives are clean only for their own source check. Every negative our rules
 * flag in its own category is listed here with the reason, so the set cannot grow or
 * shrink unnoticed. (Recall itself is measured by ../shared/tools/score-corpus.mjs.)
 * The corpus is a copy of ../shared/corpus kept in fixtures/ (sources and licences in
 * fixtures/NOTICE.md), so the test runs from a plain clone.
 */
import * as fs from 'fs';
import * as path from 'path';
import { scanPaths } from '../../lib/scan/scan';

const corpus = path.join(__dirname, 'fixtures');

const NO_SSL_POLICY = 'an HTTPS/TLS listener without SslPolicy gets ELBSecurityPolicy-2016-08 (TLS 1.0) when created through the API or CloudFormation';
const FORWARDS_PLAINTEXT = 'a TCP/UDP listener that forwards carries plaintext unless TLS is proven end to end';
const AWS_MANAGED_KEY = 'encrypted, but with the AWS-managed key: health data needs a customer-managed key (key policy, rotation, revocation)';
const NO_ROTATION = 'the template also holds a symmetric KMS key without EnableKeyRotation';
const DEFAULT_VPC = 'an instance without a subnet lands in the default VPC, whose subnets give public IPs';
const ES_NO_TLS12 = 'the domain sets no TLSSecurityPolicy (default allows TLS 1.0) or leaves node-to-node encryption off';

const EXPLAINED: Record<string, { rules: string[]; why: string }> = {
  'H checkov/ALBListener/ALBListenerHTTPS-PASSED-HTTPS.yaml': { rules: ['ElbV2ListenerTls12'], why: NO_SSL_POLICY },
  'H checkov/ALBListener/ALBListenerHTTPS-PASSED-redirect.yaml': { rules: ['ElbV2ListenerTls12'], why: NO_SSL_POLICY },
  'H checkov/ALBListener/ALBListenerHTTPS-PASSED-TLS.yaml': { rules: ['ElbV2ListenerTls12'], why: NO_SSL_POLICY },
  'H checkov/ALBListener/ALBListenerHTTPS-PASSED-TCP_UDP.yaml': { rules: ['ElbV2ListenerEncrypted'], why: FORWARDS_PLAINTEXT },
  'H checkov/ALBListener/ALBListenerHTTPS-PASSED-TCP.yaml': { rules: ['ElbV2ListenerEncrypted'], why: FORWARDS_PLAINTEXT },
  'H checkov/ALBListener/ALBListenerHTTPS-PASSED-UDP.yaml': { rules: ['ElbV2ListenerEncrypted'], why: FORWARDS_PLAINTEXT },
  'H checkov/ALBListenerTLS12/ALBListenerTLS1.2-PASSED.yaml': { rules: ['ElbV2ListenerEncrypted'], why: 'an Fn::If branch forwards on plain HTTP' },
  'H checkov/CloudFrontTLS12/CloudFrontTLS12-PASSED.yaml': { rules: ['CloudFrontDistributionOriginHttps'], why: 'OriginSSLProtocols absent (TLSv1 allowed) and an origin with no origin configuration' },
  'H checkov/ElasticsearchDomainEnforceHTTPS/ElasticsearchDomainEnforceHTTPS-PASSED.yaml': { rules: ['OpenSearchDomainHttpsRequired', 'OpenSearchDomainNodeToNodeEncrypted'], why: ES_NO_TLS12 },
  'H checkov/ElasticsearchNodeToNodeEncryption/ElasticsearchNodeToNodeEncryption-PASSED.yaml': { rules: ['OpenSearchDomainHttpsRequired'], why: ES_NO_TLS12 },
  'H kics/elasticsearch_with_https_disabled/negative1.yaml': { rules: ['OpenSearchDomainNodeToNodeEncrypted'], why: ES_NO_TLS12 },
  'H kics/alb_listening_on_http/negative1.yaml': { rules: ['ElbLoadBalancerTls12'], why: 'the listener names an SSL negotiation policy that the template does not define, so TLS 1.2 is unproven' },
  'H kics/alb_listening_on_http/negative2.json': { rules: ['ElbLoadBalancerTls12'], why: 'the listener names an SSL negotiation policy that the template does not define, so TLS 1.2 is unproven' },
  'H kics/cloudfront_without_minimum_protocol_tls_1.2/negative1.yaml': { rules: ['CloudFrontDistributionHttpsOnly', 'CloudFrontDistributionTls12', 'CloudFrontDistributionOriginHttps'], why: 'CloudFrontDefaultCertificate true means TLSv1 whatever MinimumProtocolVersion says; ViewerProtocolPolicy and OriginProtocolPolicy absent' },
  'H kics/cloudfront_without_minimum_protocol_tls_1.2/negative2.json': { rules: ['CloudFrontDistributionHttpsOnly', 'CloudFrontDistributionTls12', 'CloudFrontDistributionOriginHttps'], why: 'CloudFrontDefaultCertificate true means TLSv1 whatever MinimumProtocolVersion says; ViewerProtocolPolicy and OriginProtocolPolicy absent' },
  'E checkov/AuroraEncryption/AuroraEncryption-PASSED.yaml': { rules: ['RdsStorageCustomerKeyEncrypted'], why: AWS_MANAGED_KEY },
  'E checkov/RDSEncryption/RDSEncryption-PASSED.yaml': { rules: ['RdsStorageCustomerKeyEncrypted'], why: AWS_MANAGED_KEY },
  'E checkov/NeptuneClusterStorageEncrypted/NeptuneClusterStorageEncrypted-PASSED.yml': { rules: ['NeptuneClusterCustomerKeyEncrypted'], why: AWS_MANAGED_KEY },
  'E checkov/EFSEncryption/EFSEncrpytion-PASSED.yml': { rules: ['EfsFileSystemCustomerManagedKey'], why: AWS_MANAGED_KEY },
  'E kics/efs_not_encrypted/negative1.yaml': { rules: ['EfsFileSystemCustomerManagedKey'], why: AWS_MANAGED_KEY },
  'E kics/efs_not_encrypted/negative2.json': { rules: ['EfsFileSystemCustomerManagedKey'], why: AWS_MANAGED_KEY },
  'E kics/rds_storage_encryption_disabled/negative1.yaml': { rules: ['RdsStorageCustomerKeyEncrypted'], why: AWS_MANAGED_KEY },
  'E kics/rds_storage_encryption_disabled/negative2.json': { rules: ['RdsStorageCustomerKeyEncrypted'], why: AWS_MANAGED_KEY },
  'E kics/dynamodb_table_not_encrypted/negative1.yaml': { rules: ['DynamoDbTableCustomerKeyEncrypted'], why: AWS_MANAGED_KEY },
  'E kics/redshift_not_encrypted/negative1.yaml': { rules: ['RedshiftClusterCustomerKeyEncrypted', 'S3BucketCustomerKeyEncrypted'], why: `${AWS_MANAGED_KEY}; its data bucket has no BucketEncryption (SSE-S3)` },
  'E kics/redshift_not_encrypted/negative2.json': { rules: ['RedshiftClusterCustomerKeyEncrypted', 'S3BucketCustomerKeyEncrypted'], why: `${AWS_MANAGED_KEY}; its data bucket has no BucketEncryption (SSE-S3)` },
  'E kics/cmk_unencrypted_storage/negative1.yaml': { rules: ['KmsKeyRotationEnabled'], why: NO_ROTATION },
  'E kics/cmk_unencrypted_storage/negative2.yaml': { rules: ['KmsKeyRotationEnabled'], why: NO_ROTATION },
  'E kics/cmk_unencrypted_storage/negative3.json': { rules: ['KmsKeyRotationEnabled'], why: NO_ROTATION },
  'E kics/cmk_unencrypted_storage/negative4.json': { rules: ['KmsKeyRotationEnabled'], why: NO_ROTATION },
  'E kics/dynamodb_with_aws_owned_cmk/negative1.yaml': { rules: ['KmsKeyRotationEnabled'], why: NO_ROTATION },
  'E kics/dynamodb_with_aws_owned_cmk/negative2.json': { rules: ['KmsKeyRotationEnabled'], why: NO_ROTATION },
  'P checkov/RDSPubliclyAccessible/RDSPubliclyAccessible-PASSED.yaml': { rules: ['RdsInstanceNotPublic'], why: 'PubliclyAccessible absent: public whenever the VPC has an internet gateway, which the template cannot rule out' },
  'P checkov/SecurityGroupUnrestrictedIngress80/SecurityGroupUnrestrictedIngress80-PASSED.yaml': { rules: ['Ec2SecurityGroupNoPublicIngress'], why: 'the source CIDR is a parameter without AllowedValues: it can be 0.0.0.0/0 at deploy time (fail closed)' },
  'P kics/ec2_sensitive_port_is_publicly_exposed/negative1.yaml': { rules: ['Ec2InstanceNoPublicIp'], why: DEFAULT_VPC },
  'P kics/ec2_sensitive_port_is_publicly_exposed/negative2.json': { rules: ['Ec2InstanceNoPublicIp'], why: DEFAULT_VPC },
  'P kics/security_groups_with_meta_ip/negative2.json': { rules: ['Ec2InstanceNoPublicIp'], why: DEFAULT_VPC },
  'P kics/security_groups_with_unrestricted_access_to_ssh/negative2.json': { rules: ['Ec2InstanceNoPublicIp'], why: DEFAULT_VPC },
  'P kics/msk_broker_is_publicly_accessible/negative1.yaml': { rules: ['MskClusterAuthenticated'], why: 'no ClientAuthentication: clients connect unauthenticated' },
  'P kics/msk_broker_is_publicly_accessible/negative2.json': { rules: ['MskClusterAuthenticated'], why: 'no ClientAuthentication: clients connect unauthenticated' },
};

test('every corpus negative flagged in its own category is explained, and only those', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as Array<{ id: string; file: string; category: string; expected: string }>;
  const negatives = manifest.filter((e) => e.expected === 'pass');
  const result = scanPaths(negatives.map((e) => path.join(corpus, e.file)), { engine: 'rules' });
  const flagged: Record<string, string[]> = {};
  negatives.forEach((e, i) => {
    const f = result.files[i];
    expect(f.status).toBe('checked');
    const rules = [...new Set(f.findings.filter((x) => x.category === e.category).map((x) => x.ruleId.replace(/^HealthData-/, '')))].sort();
    if (rules.length) flagged[`${e.category} ${e.id}`] = rules;
  });
  const explained = Object.fromEntries(Object.entries(EXPLAINED).map(([k, v]) => [k, [...v.rules].sort()]));
  expect(flagged).toEqual(explained);
});
