import { entry } from './entry';
import type { CatalogEntry } from './types';

export const efs: CatalogEntry[] = [
  entry({
    name: 'EfsFileSystemEncrypted',
    category: 'E',
    service: 'efs',
    resourceTypes: ['AWS::EFS::FileSystem'],
    title: 'The EFS file system encrypts data at rest: Encrypted is true.',
    rationale: 'An unencrypted file system keeps recordings, their backups and replicas readable on the storage media; encryption can only be chosen when the file system is created.',
    fix: 'Set Encrypted to true (CDK: FileSystem encrypts by default; do not pass encrypted: false). Changing it replaces the file system: copy the data to a new, encrypted one.',
    notes: 'Verified: CloudFormation AWS::EFS::FileSystem Encrypted defaults to false when omitted (CreateFileSystem: "if true, creates an encrypted file system"), so absence is a finding. CDK\'s FileSystem writes Encrypted: true unless encrypted: false is passed.',
  }),
  entry({
    name: 'EfsFileSystemCustomerManagedKey',
    category: 'E',
    service: 'efs',
    resourceTypes: ['AWS::EFS::FileSystem'],
    title: 'The EFS file system is encrypted with a customer-managed KMS key named in KmsKeyId.',
    rationale: 'With the AWS-managed key aws/elasticfilesystem, the key policy cannot be narrowed, access to the key cannot be revoked separately from EFS permissions, and the data cannot be crypto-shredded; health data needs a key the owner controls.',
    fix: 'Set KmsKeyId to a customer-managed key (Ref/GetAtt of an AWS::KMS::Key, a key ARN or a non-aws/ alias) together with Encrypted: true (CDK: kmsKey: new kms.Key(...)).',
    notes: 'Verified: when Encrypted is true and KmsKeyId is omitted, EFS uses the AWS-managed key /aws/elasticfilesystem. Kept apart from EfsFileSystemEncrypted because the fix differs (a key versus encryption at all); an unencrypted file system without a key fails both. A key given by a parameter without AllowedValues or an import cannot be proven customer-managed and is a finding.',
  }),
  entry({
    name: 'EfsFileSystemAnonymousAccessDenied',
    category: 'P',
    service: 'efs',
    resourceTypes: ['AWS::EFS::FileSystem'],
    title: 'The EFS file system has a FileSystemPolicy, and no statement of it lets an anonymous client mount (grants ClientMount to any principal without a condition pinning the caller).',
    rationale: 'Without a file system policy, EFS authorizes every NFS client that can reach a mount target to read, write and act as root, with no identity: one security group mistake or peered network publishes the share, as with the 2.7 million call recordings on an open file server.',
    fix: 'Set FileSystemPolicy so that mounting needs IAM: grant elasticfilesystem:ClientMount (and ClientWrite) to specific roles or accounts, or to "*" only with a condition such as aws:PrincipalOrgID or aws:SourceVpce (CDK: keep allowAnonymousAccess false, the default with the @aws-cdk/aws-efs:denyAnonymousAccess flag, and use fileSystem.grantRead/grantReadWrite).',
    notes: 'Verified: with no file system policy EFS grants full access to any NFS client that can reach a mount target; once a policy exists, anonymous clients get only what it allows them. CDK\'s FileSystem with allowAnonymousAccess false writes an Allow of ClientWrite and ClientRootAccess to {AWS: "*"} with Bool elasticfilesystem:AccessedViaMountTarget "true": it grants no ClientMount, so no anonymous mount, and passes. Decision: a grant of ClientMount (or elasticfilesystem:*, Client*, *) to anyone is public unless a condition pins the caller to an account, organisation, VPC, VPC endpoint or source (publicGrants in lib/template/policy.ts); elasticfilesystem:AccessedViaMountTarget and aws:SecureTransport do not, because every anonymous NFS mount goes through a mount target and may use TLS. Whether the mount targets are reachable is judged by the security-group rules, not here.',
    guardDifference: {
      direction: 'stricter',
      approximation: 'Guard reads the policy as written, without intrinsic resolution or IAM pattern matching: a statement passes only if it is Deny, has no principal, lists literal actions without wildcards other than ClientMount, names literal/Fn::GetAtt/Fn::Sub (pseudo parameters and attributes only) principals without "*", or is pinned by an Equals/Like/Arn condition on a restricting key with literal values without wildcards. A JSON-string policy, Ref principals, NotAction, actions with partial wildcards (elasticfilesystem:ClientW*) and Like values with partial wildcards fail in Guard though the rule may prove them.',
    },
  }),
  entry({
    name: 'EfsFileSystemRequiresTls',
    category: 'H',
    service: 'efs',
    resourceTypes: ['AWS::EFS::FileSystem'],
    title: 'The EFS file system policy denies every principal every action when aws:SecureTransport is false.',
    rationale: 'NFS without TLS carries recordings and file names in the clear across the network; only the file system policy can make the server refuse mounts that skip the TLS mount option.',
    fix: 'Add to FileSystemPolicy a statement {Effect: Deny, Principal: {AWS: "*"}, Action: "*", Condition: {Bool: {"aws:SecureTransport": "false"}}} and mount with the efs-utils tls option (CDK: fileSystem.addToResourcePolicy(new iam.PolicyStatement({effect: DENY, principals: [new iam.AnyPrincipal()], actions: ["*"], conditions: {Bool: {"aws:SecureTransport": "false"}}}))).',
    notes: 'Verified: EFS accepts plain NFS unless the file system policy denies aws:SecureTransport false; CDK 2.276 FileSystem writes no such statement by itself. Action must be "*" or "elasticfilesystem:*" and the statement must carry no further condition (lib/template/policy.ts deniesInsecureTransport); a statement without Resource applies to the file system, so does Resource "*" or the file system ARN.',
    guardDifference: {
      direction: 'stricter',
      approximation: 'Guard matches the TLS deny structurally: Principal "*"/{AWS: "*"}, Action "*" or elasticfilesystem:*, Condition equal to {Bool|BoolIfExists: {aws:SecureTransport: false|"false"}} (keys as written), and Resource absent, "*" or Fn::GetAtt [<this file system>, Arn] (compared by definition). A JSON-string policy, a Resource written as an ARN pattern or Fn::Sub, or differently-cased condition keys fail in Guard though the rule may prove them.',
    },
  }),
];
