import { describeRule, tpl } from '../../support/harness';

const share = (props: Record<string, unknown>) => ({
  Type: 'AWS::StorageGateway::NFSFileShare',
  Properties: { GatewayARN: 'arn:aws:storagegateway:eu-west-1:111122223333:gateway/sgw-1', LocationARN: 'arn:aws:s3:::recordings', Role: 'arn:aws:iam::111122223333:role/sgw', ClientList: ['10.0.0.0/16'], ...props },
});

describeRule('HealthData-StorageGatewayNfsShareRootSquashed', {
  pass: {
    'RootSquash': tpl({ Share: share({ Squash: 'RootSquash' }) }),
    'AllSquash': tpl({ Share: share({ Squash: 'AllSquash' }) }),
    'a parameter whose AllowedValues all squash root': {
      template: tpl(
        { Share: share({ Squash: { Ref: 'Squash' } }) },
        { Parameters: { Squash: { Type: 'String', AllowedValues: ['RootSquash', 'AllSquash'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'NoSquash makes client root the share\'s root': tpl({ Share: share({ Squash: 'NoSquash' }) }),
    'Squash absent: the template does not prove root is squashed': tpl({ Share: share({}) }),
    'Squash from a parameter without AllowedValues (token)': tpl(
      { Share: share({ Squash: { Ref: 'Squash' } }) },
      { Parameters: { Squash: { Type: 'String', Default: 'RootSquash' } } },
    ),
    'Fn::If with a NoSquash branch': tpl(
      { Share: share({ Squash: { 'Fn::If': ['Debug', 'NoSquash', 'RootSquash'] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Debug: { 'Fn::Equals': [{ Ref: 'Env' }, 'debug'] } } },
    ),
  },
});
