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
];
