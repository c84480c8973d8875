import { entry } from './entry';
import type { CatalogEntry } from './types';

export const redshift: CatalogEntry[] = [
  entry({
    name: 'RedshiftClusterNotPublic',
    category: 'P',
    service: 'redshift',
    resourceTypes: ['AWS::Redshift::Cluster'],
    title: 'The Redshift cluster is not publicly accessible: PubliclyAccessible is not true.',
    rationale: 'A publicly accessible cluster gets a public IP address and an internet-resolvable endpoint, leaving only a security group between the analytics copy of the health data and the internet.',
    fix: 'Set PubliclyAccessible to false or leave it out (CDK: publiclyAccessible: false, the default of @aws-cdk/aws-redshift-alpha Cluster).',
    notes: 'Verified: the Redshift API reference (CreateCluster and ModifyCluster, PubliclyAccessible) gives "Default: false", so absence is compliant; true, a parameter without safe AllowedValues, an import or an Fn::If branch with true is a finding.',
  }),
  entry({
    name: 'RedshiftServerlessWorkgroupNotPublic',
    category: 'P',
    service: 'redshift',
    resourceTypes: ['AWS::RedshiftServerless::Workgroup'],
    title: 'The Redshift Serverless workgroup is not publicly accessible: PubliclyAccessible is false.',
    rationale: 'A publicly accessible workgroup endpoint can be reached from the internet, leaving only a security group in front of the data.',
    fix: 'Set PubliclyAccessible to false (CDK: CfnWorkgroup publiclyAccessible: false).',
    notes: 'The CreateWorkgroup API reference does not state a default for publiclyAccessible, so absence cannot be proven private and is a finding.',
  }),
  entry({
    name: 'RedshiftClusterTlsRequired',
    category: 'H',
    service: 'redshift',
    resourceTypes: ['AWS::Redshift::Cluster'],
    title: 'The Redshift cluster refuses plaintext connections: ClusterParameterGroupName names a parameter group of this template whose require_ssl is true.',
    rationale: 'Unless require_ssl is on, SQL clients may connect without TLS and receive query results with health data in plaintext.',
    fix: 'Create an AWS::Redshift::ClusterParameterGroup with Parameters [{ParameterName: require_ssl, ParameterValue: "true"}] and reference it in ClusterParameterGroupName (CDK alpha: parameterGroup: new ClusterParameterGroup(this, "Params", { parameters: { require_ssl: "true" } })).',
    notes: 'require_ssl is false in the long-standing default parameter group (default.redshift-1.0); the template cannot show which default group a new cluster gets, so an absent or default.* group is a finding (fail closed). A group defined elsewhere, a parameter without safe AllowedValues or an import is a finding. The group is judged through the cluster (one finding per cluster); parameter groups are not judged on their own.',
  }),
  entry({
    name: 'RedshiftClusterEncrypted',
    category: 'E',
    service: 'redshift',
    resourceTypes: ['AWS::Redshift::Cluster'],
    title: 'The Redshift cluster encrypts data at rest: Encrypted is true.',
    rationale: 'An unencrypted cluster keeps the data, its snapshots and backups readable on storage media outside the database.',
    fix: 'Set Encrypted to true, with KmsKeyId for a customer-managed key (CDK alpha: encrypted: true, encryptionKey).',
    notes: 'CloudFormation documents Encrypted as optional with false when omitted; whatever a newer service default may be, the template must state it, so absence is a finding. A cluster restored from a snapshot (SnapshotIdentifier) inherits the snapshot\'s encryption, which the template cannot show: it must state Encrypted: true as well.',
  }),
];
