import { describeRule, tpl } from '../../support/harness';

const server = (props: Record<string, unknown>) => ({ Type: 'AWS::Transfer::Server', Properties: { EndpointType: 'VPC', ...props } });

describeRule('HealthData-TransferServerProtocolsEncrypted', {
  pass: {
    'Protocols absent: the default is SFTP': tpl({ Server: server({}) }),
    'SFTP and FTPS': tpl({ Server: server({ Protocols: ['SFTP', 'FTPS'], Certificate: 'arn:aws:acm:eu-west-1:111122223333:certificate/abc' }) }),
    'AS2 (encrypted messages)': tpl({ Server: server({ Protocols: ['AS2'] }) }),
    'a parameter whose AllowedValues are all encrypted protocols': {
      template: tpl(
        { Server: server({ Protocols: [{ Ref: 'Proto' }] }) },
        { Parameters: { Proto: { Type: 'String', AllowedValues: ['SFTP', 'FTPS'] } } },
      ),
      guard: 'fail',
    },
  },
  fail: {
    'FTP alongside SFTP sends credentials and files in the clear': tpl({ Server: server({ Protocols: ['SFTP', 'FTP'] }) }),
    'FTP alone, in lower case (the SFTP default applies only when Protocols is absent)': tpl({ Server: server({ Protocols: ['ftp'] }) }),
    'a protocol from a parameter without AllowedValues (token) could be FTP': tpl(
      { Server: server({ Protocols: [{ Ref: 'Proto' }] }) },
      { Parameters: { Proto: { Type: 'String', Default: 'SFTP' } } },
    ),
    'the protocol list imported from another stack': tpl({ Server: server({ Protocols: { 'Fn::ImportValue': 'Shared-Protocols' } }) }),
    'a parameter allowing FTP': tpl(
      { Server: server({ Protocols: [{ Ref: 'Proto' }] }) },
      { Parameters: { Proto: { Type: 'String', AllowedValues: ['SFTP', 'FTP'] } } },
    ),
    'Fn::If with a branch that adds FTP': tpl(
      { Server: server({ Protocols: { 'Fn::If': ['Legacy', ['SFTP', 'FTP'], ['SFTP']] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Legacy: { 'Fn::Equals': [{ Ref: 'Env' }, 'legacy'] } } },
    ),
  },
});
