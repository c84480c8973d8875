import { entry } from './entry';
import type { CatalogEntry } from './types';

export const storagegateway: CatalogEntry[] = [
  entry({
    name: 'StorageGatewayNfsShareClientsPrivate',
    category: 'P',
    service: 'storagegateway',
    resourceTypes: ['AWS::StorageGateway::NFSFileShare'],
    title: 'The NFS file share admits only private clients: ClientList is set and every entry is a private address or CIDR range.',
    rationale: 'NFS trusts the client\'s claimed user id; a share open to public address space lets anyone who reaches the gateway mount the S3 bucket behind it, as with the call recordings left on an open file server.',
    fix: "Set ClientList to the private ranges of the hosts that need the share, e.g. ['10.20.0.0/24'] (CDK: CfnNFSFileShare clientList: ['10.20.0.0/24']).",
    notes: 'Absence is a finding: the list the service applies when none is given could not be verified in the API reference (provider examples use 0.0.0.0/0, i.e. everyone), and the aws-cdk-lib 2.276 L1 documents that removing ClientList keeps the share\'s current list, so the template does not prove the share closed. Entries are judged by address arithmetic (lib/template/cidr.ts): private means RFC 1918, CGNAT 100.64/10, loopback or IPv6 ULA; a bare address is one host; anything unparsable or unresolvable is a finding.',
  }),
  entry({
    name: 'StorageGatewayNfsShareRootSquashed',
    category: 'P',
    service: 'storagegateway',
    resourceTypes: ['AWS::StorageGateway::NFSFileShare'],
    title: 'The NFS file share squashes client root users: Squash is RootSquash or AllSquash.',
    rationale: 'With NoSquash, root on any admitted client is root on the share and can read, change or delete every recording regardless of file ownership.',
    fix: "Set Squash to RootSquash (or AllSquash) (CDK: CfnNFSFileShare squash: 'RootSquash').",
    notes: 'The API accepts RootSquash, NoSquash and AllSquash. The default applied when Squash is omitted could not be verified from CloudFormation or API documentation, so absence is a finding (fail closed): state RootSquash or AllSquash.',
  }),
  entry({
    name: 'StorageGatewaySmbShareAuthenticated',
    category: 'P',
    service: 'storagegateway',
    resourceTypes: ['AWS::StorageGateway::SMBFileShare'],
    title: 'The SMB file share authenticates users with Active Directory: Authentication is ActiveDirectory, not GuestAccess.',
    rationale: 'GuestAccess lets anyone who knows the one shared guest password (or reaches the gateway if none is set) open the share, with no per-user identity or audit.',
    fix: "Set Authentication to ActiveDirectory, or leave it out, and join the gateway to the domain (CDK: CfnSMBFileShare authentication: 'ActiveDirectory').",
    notes: 'Verified: CreateSMBFileShare Authentication defaults to ActiveDirectory (valid values ActiveDirectory | GuestAccess), so absence passes. Values are compared exactly; unresolvable values are findings.',
  }),
  entry({
    name: 'StorageGatewayCustomerManagedKey',
    category: 'E',
    service: 'storagegateway',
    resourceTypes: ['AWS::StorageGateway::NFSFileShare', 'AWS::StorageGateway::SMBFileShare', 'AWS::StorageGateway::Volume', 'AWS::StorageGateway::Tape'],
    title: 'The file share, volume or tape is encrypted with a customer-managed KMS key: KMS encryption is selected (EncryptionType SseKms/DsseKms or KMSEncrypted true) and KMSKey names the key.',
    rationale: 'By default Storage Gateway stores the data in S3 under S3-managed keys: nobody outside AWS controls who may decrypt the recordings, and access cannot be revoked or audited per key.',
    fix: "File shares: set EncryptionType: SseKms (or DsseKms) and KMSKey to a customer-managed key; volumes and tapes: KMSEncrypted: true and KMSKey (CDK: CfnNFSFileShare encryptionType: 'SseKms', kmsKey: key.keyArn).",
    notes: 'Verified: KMSEncrypted false or absent selects SSE-S3 (a key managed by S3); KMSEncrypted is deprecated in favour of EncryptionType (SseS3 | SseKms | DsseKms) on file shares, and KMSKey must be set with SseKms/DsseKms. EncryptionType, when present, decides; otherwise KMSEncrypted must be true. The key must be proven customer-managed (a KMS key of the template, a key ARN or a non-aws/ alias). CloudFormation types found in aws-cdk-lib 2.276: NFSFileShare, SMBFileShare, Volume, Tape, TapePool; there is no gateway resource type.',
  }),
];
