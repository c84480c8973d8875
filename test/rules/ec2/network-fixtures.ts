/** A small VPC for the public-IP rule tests: `PublicSubnet` routes 0.0.0.0/0 to an internet gateway, `PrivateSubnet` to a NAT gateway. */
export const VPC: Record<string, unknown> = {
  Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
  Igw: { Type: 'AWS::EC2::InternetGateway' },
  Attach: { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: { Ref: 'Vpc' }, InternetGatewayId: { Ref: 'Igw' } } },
  PublicRt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
  PublicRoute: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'PublicRt' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Igw' } } },
  PublicSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24' } },
  PublicAssoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'PublicSubnet' }, RouteTableId: { Ref: 'PublicRt' } } },
  NatEip: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } },
  Nat: { Type: 'AWS::EC2::NatGateway', Properties: { SubnetId: { Ref: 'PublicSubnet' }, AllocationId: { 'Fn::GetAtt': ['NatEip', 'AllocationId'] } } },
  PrivateRt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
  PrivateRoute: { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'PrivateRt' }, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: { Ref: 'Nat' } } },
  PrivateSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.1.0/24', MapPublicIpOnLaunch: false } },
  PrivateAssoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'PrivateSubnet' }, RouteTableId: { Ref: 'PrivateRt' } } },
};

export const DEV = { Parameters: { Env: { Type: 'String' } }, Conditions: { Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } };
