import { describeRule, tpl } from '../../support/harness';

const server = (props?: Record<string, unknown>) => ({ Type: 'AWS::Transfer::Server', ...(props ? { Properties: props } : {}) });
const VPC_DETAILS = { VpcId: 'vpc-0abc', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] };

describeRule('HealthData-TransferServerNotPublic', {
  pass: {
    'a VPC endpoint without Elastic IPs': tpl({ Server: server({ EndpointType: 'VPC', EndpointDetails: VPC_DETAILS }) }),
    'a VPC endpoint with an empty AddressAllocationIds list': tpl({ Server: server({ EndpointType: 'VPC', EndpointDetails: { ...VPC_DETAILS, AddressAllocationIds: [] } }) }),
    'the legacy VPC_ENDPOINT type, reachable only through an interface endpoint': tpl({ Server: server({ EndpointType: 'VPC_ENDPOINT', EndpointDetails: { VpcEndpointId: 'vpce-1' } }) }),
    'a parameter whose AllowedValues are all private': {
      template: tpl(
        { Server: server({ EndpointType: { Ref: 'Type' }, EndpointDetails: VPC_DETAILS }) },
        { Parameters: { Type: { Type: 'String', AllowedValues: ['VPC'] } } },
      ),
      guard: 'fail',
    },
    'AddressAllocationIds removed with AWS::NoValue': tpl({
      Server: server({ EndpointType: 'VPC', EndpointDetails: { ...VPC_DETAILS, AddressAllocationIds: { Ref: 'AWS::NoValue' } } }),
    }),
  },
  fail: {
    'EndpointType absent: the default PUBLIC endpoint faces the internet': tpl({ Server: server({ Protocols: ['SFTP'] }) }),
    'no Properties at all': tpl({ Server: server() }),
    'EndpointType PUBLIC': tpl({ Server: server({ EndpointType: 'PUBLIC' }) }),
    'a VPC endpoint made internet-facing with an Elastic IP': tpl({
      Eip: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } },
      Server: server({ EndpointType: 'VPC', EndpointDetails: { ...VPC_DETAILS, AddressAllocationIds: [{ 'Fn::GetAtt': ['Eip', 'AllocationId'] }] } }),
    }),
    'EndpointType from a parameter without AllowedValues (token)': tpl(
      { Server: server({ EndpointType: { Ref: 'Type' } }) },
      { Parameters: { Type: { Type: 'String', Default: 'VPC' } } },
    ),
    'Elastic IP allocation ids imported from another stack': tpl({
      Server: server({ EndpointType: 'VPC', EndpointDetails: { ...VPC_DETAILS, AddressAllocationIds: [{ 'Fn::ImportValue': 'Shared-Eip' }] } }),
    }),
    'Fn::If with a PUBLIC branch': tpl(
      { Server: server({ EndpointType: { 'Fn::If': ['IsProd', 'VPC', 'PUBLIC'] }, EndpointDetails: VPC_DETAILS }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
