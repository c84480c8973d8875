import { describeRule, tpl } from '../../support/harness';

const volume = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::EC2::Volume', Properties: { AvailabilityZone: 'eu-west-1a', Size: 10, Encrypted: true, ...props } });
const key = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

describeRule('HealthData-Ec2VolumeCustomerKeyEncrypted', {
  pass: {
    'a customer-managed key of this template': tpl({ K: key, V: volume({ KmsKeyId: { 'Fn::GetAtt': ['K', 'Arn'] } }) }),
    'a customer key ARN': tpl({ V: volume({ KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) }),
  },
  fail: {
    'KmsKeyId absent: the AWS-managed aws/ebs key is used': tpl({ V: volume() }),
    'the AWS-managed alias/aws/ebs': tpl({ V: volume({ KmsKeyId: 'alias/aws/ebs' }) }),
    'a key from a parameter without AllowedValues (token)': tpl({ V: volume({ KmsKeyId: { Ref: 'Key' } }) }, { Parameters: { Key: { Type: 'String' } } }),
    'Fn::If with one branch that drops the key': {
      template: tpl(
        { K: key, V: volume({ KmsKeyId: { 'Fn::If': ['Prod', { Ref: 'K' }, { Ref: 'AWS::NoValue' }] } }) },
        { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
      ),
      flagged: ['V'],
    },
  },
});
