/** Cases shared by the database customer-managed-key rule tests. */
import { tpl, type Json, type RuleCases } from '../../support/harness';
import { FREE, IS_PROD } from './common';

const KEY = { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } };

/** `make(props)` builds the judged resource (logical id Db); `enc` is its encryption switch property. */
export function cmkCases(make: (props: Json) => Json, enc: string, extra: Partial<RuleCases> = {}): RuleCases {
  return {
    pass: {
      'encrypted with a key of this template': tpl({ Key: KEY, Db: make({ [enc]: true, KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }) }),
      'encrypted with a customer key ARN': tpl({ Db: make({ [enc]: 'true', KmsKeyId: 'arn:aws:kms:eu-north-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
      'not encrypted at all: reported by the encryption rule, not twice': tpl({ Db: make({}) }),
      ...extra.pass,
    },
    fail: {
      'KmsKeyId absent: the AWS-managed key cannot be revoked or narrowed': tpl({ Db: make({ [enc]: true }) }),
      'the AWS-managed alias named explicitly': tpl({ Db: make({ [enc]: true, KmsKeyId: 'alias/aws/rds' }) }),
      'KmsKeyId from a parameter without AllowedValues (token)': tpl({ Db: make({ [enc]: true, KmsKeyId: { Ref: 'Key' } }) }, FREE('Key')),
      'KmsKeyId imported from another stack': tpl({ Db: make({ [enc]: true, KmsKeyId: { 'Fn::ImportValue': 'Key' } }) }),
      'Fn::If with a branch that drops the key': tpl(
        { Key: KEY, Db: make({ [enc]: true, KmsKeyId: { 'Fn::If': ['IsProd', { Ref: 'Key' }, { Ref: 'AWS::NoValue' }] } }) },
        IS_PROD,
      ),
      ...extra.fail,
    },
  };
}
