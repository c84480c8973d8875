import { describeRule, tpl } from '../../support/harness';

const volume = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::EC2::Volume', Properties: { AvailabilityZone: 'eu-west-1a', Size: 10, ...props } });

describeRule('HealthData-Ec2VolumeEncrypted', {
  pass: {
    'Encrypted true with a customer key': tpl({ V: volume({ Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc' }) }),
    'Encrypted "true" as a string': tpl({ V: volume({ Encrypted: 'true' }) }),
  },
  fail: {
    'Encrypted absent (account encryption by default is not in the template)': tpl({ V: volume() }),
    'Encrypted false': tpl({ V: volume({ Encrypted: false }) }),
    'Encrypted from a parameter without AllowedValues (token)': tpl({ V: volume({ Encrypted: { Ref: 'Enc' } }) }, { Parameters: { Enc: { Type: 'String', Default: 'true' } } }),
    'Fn::If with one unencrypted branch': tpl(
      { V: volume({ Encrypted: { 'Fn::If': ['Prod', true, false] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
