import { describeRule, tpl } from '../../support/harness';

const share = (props: Record<string, unknown>) => ({
  Type: 'AWS::StorageGateway::NFSFileShare',
  Properties: { GatewayARN: 'arn:aws:storagegateway:eu-west-1:111122223333:gateway/sgw-1', LocationARN: 'arn:aws:s3:::recordings', Role: 'arn:aws:iam::111122223333:role/sgw', Squash: 'RootSquash', ...props },
});

describeRule('HealthData-StorageGatewayNfsShareClientsPrivate', {
  pass: {
    'private ranges and a private host': tpl({ Share: share({ ClientList: ['10.20.0.0/24', '192.168.1.10', 'fd00::/64'] }) }),
    'a parameter whose AllowedValues are all private': {
      template: tpl(
        { Share: share({ ClientList: [{ Ref: 'Clients' }] }) },
        { Parameters: { Clients: { Type: 'String', AllowedValues: ['10.0.0.0/16', '172.16.0.0/12'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'ClientList absent: every client (0.0.0.0/0) may mount': tpl({ Share: share({}) }),
    'an empty ClientList': tpl({ Share: share({ ClientList: [] }) }),
    'the whole internet listed': tpl({ Share: share({ ClientList: ['0.0.0.0/0'] }) }),
    'a range that starts private but reaches public space (10.0.0.0/7)': tpl({ Share: share({ ClientList: ['10.0.0.0/7'] }) }),
    'one public host among private ranges': tpl({ Share: share({ ClientList: ['10.0.0.0/8', '203.0.113.7'] }) }),
    'a malformed entry cannot be proven private': tpl({ Share: share({ ClientList: ['10.0.0.0/33'] }) }),
    'clients from a parameter without AllowedValues (token)': tpl(
      { Share: share({ ClientList: { Ref: 'Clients' } }) },
      { Parameters: { Clients: { Type: 'CommaDelimitedList' } } },
    ),
    'a client imported from another stack': tpl({ Share: share({ ClientList: [{ 'Fn::ImportValue': 'Shared-Cidr' }] }) }),
    'Fn::If with a branch open to everyone': tpl(
      { Share: share({ ClientList: { 'Fn::If': ['IsProd', ['10.0.0.0/16'], ['0.0.0.0/0']] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
