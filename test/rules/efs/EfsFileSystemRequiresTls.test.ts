import { describeRule, tpl } from '../../support/harness';

const fs = (props: Record<string, unknown>) => ({ Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true, ...props } });
const policy = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const TLS_DENY = { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
const CDK_NO_ANONYMOUS = {
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
  Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
};

describeRule('HealthData-EfsFileSystemRequiresTls', {
  pass: {
    'the deny CDK writes with addToResourcePolicy (no Resource, "false" as a string)': tpl({ Fs: fs({ FileSystemPolicy: policy(TLS_DENY, CDK_NO_ANONYMOUS) }) }),
    'Principal "*", elasticfilesystem:* and Resource "*"': tpl({
      Fs: fs({ FileSystemPolicy: policy({ Effect: 'Deny', Principal: '*', Action: 'elasticfilesystem:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }) }),
    }),
    'Resource naming the file system by GetAtt Arn': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...TLS_DENY, Resource: { 'Fn::GetAtt': ['Fs', 'Arn'] } }) }),
    }),
  },
  fail: {
    'FileSystemPolicy absent: plain NFS is accepted': tpl({ Fs: fs({}) }),
    'a policy without a TLS deny': tpl({ Fs: fs({ FileSystemPolicy: policy(CDK_NO_ANONYMOUS) }) }),
    'the deny covers only ClientWrite: plaintext reads remain': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...TLS_DENY, Action: 'elasticfilesystem:ClientWrite' }) }),
    }),
    'the deny is narrowed by a further condition': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...TLS_DENY, Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }) }),
    }),
    'the deny applies to another file system': tpl({
      Other: fs({}),
      Fs: fs({ FileSystemPolicy: policy({ ...TLS_DENY, Resource: { 'Fn::GetAtt': ['Other', 'Arn'] } }) }),
    }),
    'the SecureTransport value comes from a parameter (token)': tpl(
      { Fs: fs({ FileSystemPolicy: policy({ ...TLS_DENY, Condition: { Bool: { 'aws:SecureTransport': { Ref: 'Flag' } } } }) }) },
      { Parameters: { Flag: { Type: 'String' } } },
    ),
    'the policy imported from another stack': tpl({ Fs: fs({ FileSystemPolicy: { 'Fn::ImportValue': 'Shared-Policy' } }) }),
    'Fn::If with a branch without the deny': tpl(
      { Fs: fs({ FileSystemPolicy: { 'Fn::If': ['Strict', policy(TLS_DENY), policy(CDK_NO_ANONYMOUS)] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
