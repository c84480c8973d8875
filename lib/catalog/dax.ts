import { entry } from './entry';
import type { CatalogEntry } from './types';

export const dax: CatalogEntry[] = [
  entry({
    name: 'DaxClusterEncrypted',
    category: 'E',
    service: 'dax',
    resourceTypes: ['AWS::DAX::Cluster'],
    title: 'The DAX cluster encrypts its cached items at rest: SSESpecification.SSEEnabled is true.',
    rationale: 'DAX caches DynamoDB items (health records) on node storage; without server-side encryption they are stored in the clear.',
    fix: 'Set SSESpecification.SSEEnabled to true (CDK: CfnCluster sseSpecification: { sseEnabled: true }). It can only be set when the cluster is created.',
    notes: 'Verified: SSESpecification is optional and encryption at rest is only on when SSEEnabled is true; it can only be chosen at creation (CloudFormation reference: update requires replacement). Absence is flagged.',
  }),
  entry({
    name: 'DaxClusterEndpointTls',
    category: 'H',
    service: 'dax',
    resourceTypes: ['AWS::DAX::Cluster'],
    title: 'The DAX cluster endpoint is encrypted with TLS: ClusterEndpointEncryptionType is "TLS".',
    rationale: 'With an unencrypted endpoint, every cached health record travels between the application and DAX in plaintext.',
    fix: 'Set ClusterEndpointEncryptionType to "TLS" (CDK: CfnCluster clusterEndpointEncryptionType: "TLS"). It can only be set when the cluster is created.',
    notes: 'Verified: ClusterEndpointEncryptionType is NONE or TLS and defaults to NONE (CloudFormation reference; AWS Config dax-tls-endpoint-encryption), so absence is flagged.',
  }),
];
