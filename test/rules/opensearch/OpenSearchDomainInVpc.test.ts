import { describeRule, tpl } from '../../support/harness';
import { cdkDomain, cond, domain } from './fixtures';

const vpc = { SubnetIds: ['subnet-1', 'subnet-2'], SecurityGroupIds: ['sg-1'] };

describeRule('HealthData-OpenSearchDomainInVpc', {
  pass: {
    'domain in VPC subnets': tpl({ Search: domain({ VPCOptions: vpc }) }),
    'legacy Elasticsearch domain with subnets from a parameter list': tpl(
      { Search: domain({ VPCOptions: { SubnetIds: { Ref: 'Subnets' } } }, 'AWS::Elasticsearch::Domain') },
      { Parameters: { Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' } } },
    ),
    'CDK Domain placed in a VPC': cdkDomain({}, true),
  },
  fail: {
    'VPCOptions absent: a public internet endpoint': tpl({ Search: domain({}) }),
    'VPCOptions without subnets': tpl({ Search: domain({ VPCOptions: { SubnetIds: [] } }, 'AWS::Elasticsearch::Domain') }),
    'Fn::If that drops the VPC options outside prod': tpl(
      { Search: domain({ VPCOptions: { 'Fn::If': ['IsProd', vpc, { Ref: 'AWS::NoValue' }] } }) },
      cond,
    ),
    'CDK Domain without a vpc (the L2 default is a public endpoint; no parameter or import can fix that)': cdkDomain(),
  },
});
