import { describeRule, tpl } from '../../support/harness';

const subnet = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', ...props } });

describeRule('HealthData-Ec2SubnetNoAutoPublicIp', {
  pass: {
    'MapPublicIpOnLaunch false': tpl({ S: subnet({ MapPublicIpOnLaunch: false }) }),
    'MapPublicIpOnLaunch absent (the default is false for a nondefault subnet)': tpl({ S: subnet() }),
    'MapPublicIpOnLaunch "false" as a string': tpl({ S: subnet({ MapPublicIpOnLaunch: 'false' }) }),
  },
  fail: {
    'MapPublicIpOnLaunch true gives every instance launched here a public IP': tpl({ S: subnet({ MapPublicIpOnLaunch: true }) }),
    'MapPublicIpOnLaunch "true" as CDK public subnets write it': tpl({ S: subnet({ MapPublicIpOnLaunch: 'true' }) }),
    'MapPublicIpOnLaunch from a parameter without AllowedValues (token; absent is not the question)': tpl(
      { S: subnet({ MapPublicIpOnLaunch: { Ref: 'Public' } }) }, { Parameters: { Public: { Type: 'String', Default: 'false' } } },
    ),
    'Fn::If with one branch that maps public IPs': tpl(
      { S: subnet({ MapPublicIpOnLaunch: { 'Fn::If': ['Dev', true, false] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } },
    ),
  },
});
