import type { TemplateResource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::SNS::Topic'],
  title: 'The topic encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId).',
  rationale: 'SNS stores published messages until they are delivered; without a customer-managed key they are stored unencrypted or under a key the data owner cannot control, audit or revoke.',
  fix: 'Set KmsMasterKeyId to a customer-managed KMS key (CDK: masterKey: a kms.Key).',
  notes: 'Verified: a topic without KmsMasterKeyId has no server-side encryption. alias/aws/sns is the AWS-managed key: a finding. '
    + 'A literal key id or customer alias (e.g. "alias/my-key") passes; an unresolvable value (parameter, import) fails closed.',
  evaluate,
});

/** The topic encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId); alias/aws/sns is AWS-managed. */
function evaluate(topic: TemplateResource): RuleFinding[] {
  return perVariant(topic, (props) => {
    if (get(props, 'KmsMasterKeyId') === undefined) {
      return { path: at('KmsMasterKeyId'), problem: 'must name a customer-managed KMS key', found: absent('no encryption: messages are stored unencrypted') };
    }
    return mustUseCustomerManagedKey(topic.template, props, 'KmsMasterKeyId');
  });
}
