import { describeRule, tpl } from '../../support/harness';

const share = (props: Record<string, unknown>) => ({
  Type: 'AWS::StorageGateway::SMBFileShare',
  Properties: { GatewayARN: 'arn:aws:storagegateway:eu-west-1:111122223333:gateway/sgw-1', LocationARN: 'arn:aws:s3:::recordings', Role: 'arn:aws:iam::111122223333:role/sgw', ...props },
});

describeRule('HealthData-StorageGatewaySmbShareAuthenticated', {
  pass: {
    'ActiveDirectory': tpl({ Share: share({ Authentication: 'ActiveDirectory', ValidUserList: ['@clinicians'] }) }),
    'Authentication left out: the default is ActiveDirectory': tpl({ Share: share({}) }),
  },
  fail: {
    'GuestAccess lets anyone with the shared guest password in': tpl({ Share: share({ Authentication: 'GuestAccess' }) }),
    'Authentication from a parameter without AllowedValues (token), not the absent default': tpl(
      { Share: share({ Authentication: { Ref: 'Auth' } }) },
      { Parameters: { Auth: { Type: 'String', Default: 'ActiveDirectory' } } },
    ),
    'Authentication imported from another stack': tpl({ Share: share({ Authentication: { 'Fn::ImportValue': 'Shared-Auth' } }) }),
    'Fn::If with a GuestAccess branch': tpl(
      { Share: share({ Authentication: { 'Fn::If': ['NoDomain', 'GuestAccess', 'ActiveDirectory'] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { NoDomain: { 'Fn::Equals': [{ Ref: 'Env' }, 'lab'] } } },
    ),
  },
});
