import { describeRule, tpl } from '../../support/harness';

const fs = (props: Record<string, unknown>) => ({ Type: 'AWS::EFS::FileSystem', Properties: props });
const KEY = { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } };

describeRule('HealthData-EfsFileSystemEncrypted', {
  pass: {
    'encrypted with a customer-managed key': tpl({ Key: KEY, Fs: fs({ Encrypted: true, KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } }) }),
    'encrypted, written as the string "true"': tpl({ Fs: fs({ Encrypted: 'true' }) }),
    'a parameter whose AllowedValues are all true': {
      template: tpl(
        { Fs: fs({ Encrypted: { Ref: 'Enc' } }) },
        { Parameters: { Enc: { Type: 'String', AllowedValues: ['true'], Default: 'true' } } },
      ),
      guard: 'fail',
    },
    'the shape CDK FileSystem writes (Encrypted: true)': tpl({
      Fs: fs({ Encrypted: true, FileSystemTags: [{ Key: 'Name', Value: 'S/Fs' }] }),
    }),
  },
  fail: {
    'Encrypted absent: CloudFormation creates an unencrypted file system': tpl({ Fs: fs({ PerformanceMode: 'generalPurpose' }) }),
    'Encrypted false stores recordings in the clear': tpl({ Fs: fs({ Encrypted: false }) }),
    'Encrypted "false" as a string': tpl({ Fs: fs({ Encrypted: 'false' }) }),
    'Encrypted only inside a property named __proto__ (CloudFormation sees no Encrypted)': tpl({
      // JSON.parse keeps `__proto__` as an ordinary key, as a template file would; an object literal would not.
      Fs: fs(JSON.parse('{"__proto__": {"Encrypted": true}}')),
    }),
    'Encrypted from a parameter without AllowedValues (token) cannot be proven': tpl(
      { Fs: fs({ Encrypted: { Ref: 'Enc' } }) },
      { Parameters: { Enc: { Type: 'String', Default: 'true' } } },
    ),
    'Encrypted imported from another stack': tpl({ Fs: fs({ Encrypted: { 'Fn::ImportValue': 'Shared-Enc' } }) }),
    'a parameter allowing "false"': tpl(
      { Fs: fs({ Encrypted: { Ref: 'Enc' } }) },
      { Parameters: { Enc: { Type: 'String', AllowedValues: ['true', 'false'] } } },
    ),
    'Fn::If with a branch that turns encryption off': tpl(
      { Fs: fs({ Encrypted: { 'Fn::If': ['IsProd', true, false] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'only the unencrypted file system of two is flagged': {
      template: tpl({ Good: fs({ Encrypted: true }), Bad: fs({ Encrypted: false }) }),
      flagged: ['Bad'],
    },
  },
});
