import { describeRule, tpl } from '../../support/harness';

const instance = { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', SubnetId: 'subnet-1' } };
const dev = { Parameters: { Env: { Type: 'String' } }, Conditions: { Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } };

describeRule('HealthData-Ec2ElasticIpNotOnInstance', {
  pass: {
    'an Elastic IP allocated for a NAT gateway (InstanceId absent)': tpl({
      Eip: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } },
      Nat: { Type: 'AWS::EC2::NatGateway', Properties: { AllocationId: { 'Fn::GetAtt': ['Eip', 'AllocationId'] }, SubnetId: 'subnet-1' } },
    }),
    'Fn::If whose branches both leave InstanceId out': tpl({ Eip: { Type: 'AWS::EC2::EIP', Properties: { Domain: { 'Fn::If': ['Dev', 'vpc', 'vpc'] } } } }, dev),
  },
  fail: {
    'an Elastic IP attached to an instance with InstanceId': { template: tpl({ I: instance, Eip: { Type: 'AWS::EC2::EIP', Properties: { InstanceId: { Ref: 'I' } } } }), flagged: ['Eip'] },
    'an EIPAssociation to an instance (absent from the EIP itself)': {
      template: tpl({ I: instance, Eip: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } }, A: { Type: 'AWS::EC2::EIPAssociation', Properties: { InstanceId: { Ref: 'I' }, AllocationId: { 'Fn::GetAtt': ['Eip', 'AllocationId'] } } } }),
      flagged: ['A'],
    },
    'an EIPAssociation to a network interface': { template: tpl({ A: { Type: 'AWS::EC2::EIPAssociation', Properties: { NetworkInterfaceId: 'eni-0abc', AllocationId: 'eipalloc-1' } } }), flagged: ['A'] },
    'an instance id from a parameter (token)': tpl({ Eip: { Type: 'AWS::EC2::EIP', Properties: { InstanceId: { Ref: 'Id' } } } }, { Parameters: { Id: { Type: 'AWS::EC2::Instance::Id' } } }),
    'Fn::If with one branch that attaches the Elastic IP to an instance': {
      template: tpl({ I: instance, Eip: { Type: 'AWS::EC2::EIP', Properties: { InstanceId: { 'Fn::If': ['Dev', { Ref: 'I' }, { Ref: 'AWS::NoValue' }] } } } }, dev),
      flagged: ['Eip'],
    },
  },
});
