import { entry } from './entry';
import type { CatalogEntry } from './types';

export const docdb: CatalogEntry[] = [
  entry({
    name: 'DocDbClusterTlsEnabled',
    category: 'H',
    service: 'docdb',
    resourceTypes: ['AWS::DocDB::DBCluster'],
    title: 'The DocumentDB cluster uses the default cluster parameter group or one defined in this template, so its TLS setting can be proven.',
    rationale: 'A cluster whose parameter group is defined elsewhere may have tls disabled, letting clients read health records over plaintext connections.',
    fix: 'Leave DBClusterParameterGroupName out (the default group has tls enabled) or reference an AWS::DocDB::DBClusterParameterGroup of this template with tls enabled (CDK: DatabaseCluster parameterGroup: a ClusterParameterGroup with tls: "enabled").',
    notes: 'Verified: encryption in transit is enabled by default for new DocumentDB clusters; the default cluster parameter group has tls enabled and cannot be modified. Decision (no double counting): a group of this template is judged by DocDbClusterParameterGroupTlsEnabled, so this rule only flags groups it cannot see (a name defined elsewhere, a parameter without safe AllowedValues, an import).',
  }),
  entry({
    name: 'DocDbClusterParameterGroupTlsEnabled',
    category: 'H',
    service: 'docdb',
    resourceTypes: ['AWS::DocDB::DBClusterParameterGroup'],
    title: 'The DocumentDB cluster parameter group keeps TLS required: tls is enabled, tls1.2+, tls1.3+ or fips-140-3 (or left at its default, enabled).',
    rationale: 'tls: disabled makes every cluster using the group accept plaintext connections, exposing credentials and health records on the network.',
    fix: 'Set Parameters.tls to "enabled" (or "tls1.2+", "tls1.3+", "fips-140-3"), or leave it out.',
    notes: 'Verified (DocumentDB Parameter reference): tls accepts enabled, disabled, fips-140-3, tls1.2+ and tls1.3+; a new group takes the family default, enabled, so absence is compliant. A value from a parameter without safe AllowedValues, an import or an Fn::If branch with disabled is a finding.',
  }),
  entry({
    name: 'DocDbClusterStorageEncrypted',
    category: 'E',
    service: 'docdb',
    resourceTypes: ['AWS::DocDB::DBCluster'],
    title: 'The DocumentDB cluster encrypts its storage: StorageEncrypted is true.',
    rationale: 'An unencrypted cluster keeps documents with health data, their backups and snapshots readable on storage media; encryption can only be chosen at creation.',
    fix: 'Set StorageEncrypted to true, with KmsKeyId for a customer-managed key (CDK: DatabaseCluster storageEncrypted: true, its default, or kmsKey).',
    notes: 'The DocumentDB API leaves StorageEncrypted off unless it is set (the console defaults to on, the API and CloudFormation do not), so absence is a finding. CDK\'s DocumentDB DatabaseCluster writes StorageEncrypted: true by default.',
  }),
  entry({
    name: 'DocDbClusterCustomerKeyEncrypted',
    category: 'E',
    severity: 'warning',
    service: 'docdb',
    resourceTypes: ['AWS::DocDB::DBCluster'],
    title: 'An encrypted DocumentDB cluster uses a customer-managed KMS key named in KmsKeyId.',
    rationale: 'With the AWS-managed key aws/rds the key policy cannot be narrowed and access cannot be revoked or crypto-shredded separately from DocumentDB permissions.',
    fix: 'Set KmsKeyId to a customer-managed key with StorageEncrypted: true (CDK: DatabaseCluster kmsKey).',
    notes: 'With StorageEncrypted true and no KmsKeyId, DocumentDB uses the AWS-managed key aws/rds. Severity warning: the issue asks for encryption at rest (the E rules, errors); a customer-managed key is the stronger control for health data (key policy, revocation, crypto-shredding). Judged only where encryption is proven (StorageEncrypted/Encrypted true): an unencrypted resource is reported once, by the encryption rule, whose fix names the key. A key from a parameter without AllowedValues or an import cannot be proven customer-managed and is a finding.',
  }),
];
