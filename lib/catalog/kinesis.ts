import { entry } from './entry';
import type { CatalogEntry } from './types';

export const kinesis: CatalogEntry[] = [
  entry({
    name: 'KinesisStreamCustomerKeyEncrypted',
    category: 'E',
    service: 'kinesis',
    resourceTypes: ['AWS::Kinesis::Stream'],
    title: 'The data stream encrypts records at rest with a customer-managed KMS key (StreamEncryption EncryptionType KMS with KeyId).',
    rationale: 'A data stream retains every record (hours to a year); without a customer-managed key the records are stored unencrypted or under a key the data owner cannot control or revoke.',
    fix: 'Set StreamEncryption to { EncryptionType: KMS, KeyId: <customer-managed key> } (CDK: encryption: StreamEncryption.KMS with encryptionKey: a kms.Key).',
    notes: 'Verified: a stream without StreamEncryption is not encrypted at rest; alias/aws/kinesis is the key owned by Kinesis Data Streams (a finding). '
      + 'CDK\'s default Stream writes Fn::If(AwsCdkKinesisEncryptedStreamsUnsupportedRegions, no encryption, alias/aws/kinesis): both branches are findings.',
  }),
];
