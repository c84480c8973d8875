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
  entry({
    name: 'KinesisResourcePolicyNotPublic',
    category: 'P',
    service: 'kinesis',
    resourceTypes: ['AWS::Kinesis::ResourcePolicy'],
    title: 'No Allow statement of the stream or consumer resource policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
    rationale: 'A data stream open to "*" lets anyone read the health records flowing through it or inject forged ones.',
    fix: 'Grant to specific accounts or roles, or keep "*" only with a condition on aws:PrincipalOrgID or aws:PrincipalAccount (StringEquals, no IfExists) (CDK: stream.grantRead(principal) / addToResourcePolicy with specific principals).',
    notes: 'Decision: judged on the AWS::Kinesis::ResourcePolicy resource itself, also for a stream outside the template. AWS::Kinesis::StreamConsumer has no policy of its own in CloudFormation. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): an Effect that is not literally "Deny" counts as Allow; an unresolvable principal or condition value is a finding; aws:SourceIp does not restrict; IfExists, negated operators and wildcard values do not restrict; a public Deny is fine.',
  }),
];
