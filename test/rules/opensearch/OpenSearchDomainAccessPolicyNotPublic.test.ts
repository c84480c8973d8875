import { describeRule, tpl } from '../../support/harness';
import { accessPolicyResource, awsCustomResourceFunction, cond, domain } from './fixtures';

const statement = (extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: 'arn:aws:es:eu-west-1:111122223333:domain/phi/*', ...extra,
});
const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const fgac = { Enabled: true, InternalUserDatabaseEnabled: true, MasterUserOptions: { MasterUserName: 'admin', MasterUserPassword: 'x' } };

describeRule('HealthData-OpenSearchDomainAccessPolicyNotPublic', {
  pass: {
    'access policy naming one role': tpl({ Search: domain({ AccessPolicies: policy(statement({ Principal: { AWS: 'arn:aws:iam::111122223333:role/App' } })) }) }),
    'open policy pinned to a VPC endpoint': tpl({ Search: domain({ AccessPolicies: policy(statement({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1234' } } })) }) }),
    'open policy behind fine-grained access control (the AWS-recommended pairing)': tpl({
      Search: domain({ AccessPolicies: policy(statement()), AdvancedSecurityOptions: fgac }),
    }),
    'no access policy at all': tpl({ Search: domain({}) }),
    'a Deny for everyone': tpl({ Search: domain({ AccessPolicies: policy(statement({ Effect: 'Deny' })) }, 'AWS::Elasticsearch::Domain') }),
    'a policy naming one role, applied after deploy by Custom::OpenSearchAccessPolicy (CDK Domain accessPolicies)': {
      template: tpl({
        Search: domain({}),
        SearchAccessPolicy: accessPolicyResource('Search', policy(statement({ Principal: { AWS: 'arn:aws:iam::111122223333:role/App' } }))),
        ...awsCustomResourceFunction,
      }),
      guard: 'fail',
    },
    'an open policy applied by a custom resource to a domain with fine-grained access control': tpl({
      Search: domain({ AdvancedSecurityOptions: fgac }),
      SearchAccessPolicy: accessPolicyResource('Search', policy(statement())),
      ...awsCustomResourceFunction,
    }),
  },
  fail: {
    'Allow for every principal lets anonymous callers read health data': tpl({ Search: domain({ AccessPolicies: policy(statement()) }) }),
    'legacy Elasticsearch domain with Principal "*" (fine-grained access control absent)': tpl({
      Search: domain({ AccessPolicies: policy(statement({ Principal: '*' })) }, 'AWS::Elasticsearch::Domain'),
    }),
    'an IP condition does not authenticate anyone': tpl({
      Search: domain({ AccessPolicies: policy(statement({ Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })) }),
    }),
    'fine-grained access control with anonymous auth on does not count': tpl({
      Search: domain({ AccessPolicies: policy(statement()), AdvancedSecurityOptions: { ...fgac, AnonymousAuthEnabled: true } }),
    }),
    'principal from a parameter without AllowedValues (token)': tpl(
      { Search: domain({ AccessPolicies: policy(statement({ Principal: { AWS: { Ref: 'Who' } } })) }) },
      { Parameters: { Who: { Type: 'String' } } },
    ),
    'access policy imported from another stack': tpl({ Search: domain({ AccessPolicies: { 'Fn::ImportValue': 'Policy' } }) }),
    'an open policy applied after deploy by Custom::OpenSearchAccessPolicy (CDK Domain accessPolicies with AnyPrincipal)': tpl({
      Search: domain({}),
      SearchAccessPolicy: accessPolicyResource('Search', policy(statement())),
      ...awsCustomResourceFunction,
    }),
    'legacy Elasticsearch domain opened by Custom::ElasticsearchAccessPolicy': tpl({
      Search: domain({}, 'AWS::Elasticsearch::Domain'),
      SearchAccessPolicy: accessPolicyResource('Search', policy(statement({ Principal: '*' })), 'Custom::ElasticsearchAccessPolicy'),
      ...awsCustomResourceFunction,
    }),
    'Fn::If that drops the VPC endpoint condition outside prod': tpl(
      { Search: domain({ AccessPolicies: policy({ 'Fn::If': ['IsProd', statement({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }), statement()] }) }) },
      cond,
    ),
  },
});
