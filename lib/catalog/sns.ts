import { entry } from './entry';
import type { CatalogEntry } from './types';

export const sns: CatalogEntry[] = [
  entry({
    name: 'SnsTopicCustomerKeyEncrypted',
    category: 'E',
    service: 'sns',
    resourceTypes: ['AWS::SNS::Topic'],
    title: 'The topic encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId).',
    rationale: 'SNS stores published messages until they are delivered; without a customer-managed key they are stored unencrypted or under a key the data owner cannot control, audit or revoke.',
    fix: 'Set KmsMasterKeyId to a customer-managed KMS key (CDK: masterKey: a kms.Key).',
    notes: 'Verified: a topic without KmsMasterKeyId has no server-side encryption. alias/aws/sns is the AWS-managed key: a finding. '
      + 'A literal key id or customer alias (e.g. "alias/my-key") passes; an unresolvable value (parameter, import) fails closed.',
  }),
];
