import { describeRule, tpl } from '../../support/harness';

const fs = (props: Record<string, unknown>) => ({ Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true, ...props } });
const policy = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const TLS_DENY = { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
/** What CDK's FileSystem writes with allowAnonymousAccess false: no ClientMount for anyone. */
const CDK_NO_ANONYMOUS = {
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
  Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
};
const ANON_MOUNT = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' };

describeRule('HealthData-EfsFileSystemAnonymousAccessDenied', {
  pass: {
    'the policy CDK FileSystem writes with allowAnonymousAccess false (ClientWrite/ClientRootAccess via mount target, no ClientMount)': tpl({
      Fs: fs({ FileSystemPolicy: policy(CDK_NO_ANONYMOUS) }),
    }),
    'CDK policy with a TLS deny added': tpl({ Fs: fs({ FileSystemPolicy: policy(TLS_DENY, CDK_NO_ANONYMOUS) }) }),
    'mount granted to one role only': tpl({
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      Fs: fs({ FileSystemPolicy: policy({ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': ['Role', 'Arn'] } }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'] }) }),
    }),
    'mount granted to this account only, in the Fn::Join shape CDK emits for an account principal (HealthDataFileSystem)': tpl({
      Fs: fs({
        FileSystemPolicy: policy(TLS_DENY, {
          Effect: 'Allow',
          Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:root']] } },
          Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
          Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
        }),
      }),
    }),
    'mount granted to anyone in the organisation only': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...ANON_MOUNT, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }) }),
    }),
    'a policy of deny statements only: anonymous clients get nothing': tpl({ Fs: fs({ FileSystemPolicy: policy(TLS_DENY) }) }),
  },
  fail: {
    'mount granted to a principal read with Fn::GetAtt from an SSM parameter resource\'s Value (token: it can be changed to "*" outside the stack)': tpl({
      Who: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'arn:aws:iam::111111111111:root' } },
      Fs: fs({ FileSystemPolicy: policy({ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': ['Who', 'Value'] } }, Action: 'elasticfilesystem:ClientMount' }) }),
    }),
    'mount granted to "*" with aws:SourceVpce compared with its own policy variable ${aws:SourceVpce}': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...ANON_MOUNT, Condition: { StringEquals: { 'aws:SourceVpce': '${aws:SourceVpce}' } } }) }),
    }),
    'FileSystemPolicy absent: every client that reaches a mount target mounts anonymously, with root': tpl({ Fs: fs({}) }),
    'ClientMount granted through an Fn::Join principal that contains a wildcard': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...ANON_MOUNT, Principal: { AWS: { 'Fn::Join': ['', ['arn:aws:iam::', '*', ':root']] } } }) }),
    }),
    'ClientMount granted to anyone': tpl({ Fs: fs({ FileSystemPolicy: policy(TLS_DENY, ANON_MOUNT) }) }),
    'elasticfilesystem:* granted to "*"': tpl({ Fs: fs({ FileSystemPolicy: policy({ Effect: 'Allow', Principal: '*', Action: 'elasticfilesystem:*' }) }) }),
    'elasticfilesystem:Client* granted to anyone': tpl({ Fs: fs({ FileSystemPolicy: policy({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['elasticfilesystem:Client*'] }) }) }),
    'ClientMount to anyone via mount target: AccessedViaMountTarget holds for every anonymous NFS mount': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...ANON_MOUNT, Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }) }),
    }),
    'ClientMount to anyone over TLS is still anonymous': tpl({
      Fs: fs({ FileSystemPolicy: policy({ ...ANON_MOUNT, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) }),
    }),
    'NotAction in an Allow to anyone grants ClientMount': tpl({
      Fs: fs({ FileSystemPolicy: policy({ Effect: 'Allow', Principal: '*', NotAction: 'elasticfilesystem:ClientRootAccess' }) }),
    }),
    'a policy with no statements proves nothing': tpl({ Fs: fs({ FileSystemPolicy: { Version: '2012-10-17', Statement: [] } }) }),
    'the principal comes from a parameter without AllowedValues (token)': tpl(
      { Fs: fs({ FileSystemPolicy: policy({ Effect: 'Allow', Principal: { AWS: { Ref: 'Reader' } }, Action: 'elasticfilesystem:ClientMount' }) }) },
      { Parameters: { Reader: { Type: 'String' } } },
    ),
    'the organisation condition comes from a parameter (could be "*")': tpl(
      { Fs: fs({ FileSystemPolicy: policy({ ...ANON_MOUNT, Condition: { StringLike: { 'aws:PrincipalOrgID': { Ref: 'Org' } } } }) }) },
      { Parameters: { Org: { Type: 'String' } } },
    ),
    'the policy imported from another stack': tpl({ Fs: fs({ FileSystemPolicy: { 'Fn::ImportValue': 'Shared-Policy' } }) }),
    'Fn::If with a branch that drops the policy': tpl(
      { Fs: fs({ FileSystemPolicy: { 'Fn::If': ['Locked', policy(CDK_NO_ANONYMOUS), { Ref: 'AWS::NoValue' }] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Locked: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
    'only the open file system of two is flagged': {
      template: tpl({ Good: fs({ FileSystemPolicy: policy(CDK_NO_ANONYMOUS) }), Bad: fs({ FileSystemPolicy: policy(ANON_MOUNT) }) }),
      flagged: ['Bad'],
    },
  },
});
