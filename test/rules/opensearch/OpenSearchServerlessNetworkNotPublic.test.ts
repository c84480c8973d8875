import { describeRule, tpl } from '../../support/harness';
import { cond } from './fixtures';

const rules = [{ ResourceType: 'collection', Resource: ['collection/phi'] }, { ResourceType: 'dashboard', Resource: ['collection/phi'] }];
const netPolicy = (policy: unknown, type: unknown = 'network') => ({
  Type: 'AWS::OpenSearchServerless::SecurityPolicy',
  Properties: { Name: 'phi-network', Type: type, Policy: policy },
});
const [joinedBefore, joinedAfter] = JSON.stringify([{ Rules: rules, AllowFromPublic: false, SourceVPCEs: ['@ENDPOINT@'] }]).split('@ENDPOINT@');
const privateRule = { Rules: rules, AllowFromPublic: false, SourceVPCEs: ['vpce-1234'] };

describeRule('HealthData-OpenSearchServerlessNetworkNotPublic', {
  pass: {
    'network policy for VPC endpoints only (CDK writes JSON.stringify of the rule list)': tpl({ Net: netPolicy(JSON.stringify([privateRule])) }),
    'network policy built with Fn::Sub around a VPC endpoint of the template': tpl({
      Vpce: { Type: 'AWS::OpenSearchServerless::VpcEndpoint', Properties: { Name: 'phi', VpcId: 'vpc-1', SubnetIds: ['subnet-1'] } },
      Net: netPolicy({ 'Fn::Sub': JSON.stringify([{ Rules: rules, AllowFromPublic: false, SourceVPCEs: ['${Vpce}'] }]) }),
    }),
    'network policy joined around a VPC endpoint of the template (CDK JSON.stringify with a token)': {
      template: tpl({
        Vpce: { Type: 'AWS::OpenSearchServerless::VpcEndpoint', Properties: { Name: 'phi', VpcId: 'vpc-1', SubnetIds: ['subnet-1'] } },
        Net: netPolicy({ 'Fn::Join': ['', [joinedBefore, { Ref: 'Vpce' }, joinedAfter]] }),
      }),
      guard: 'fail',
    },
    'encryption policies are not network policies': tpl({ Enc: netPolicy(JSON.stringify({ Rules: rules, AWSOwnedKey: true }), 'encryption') }),
  },
  fail: {
    'AllowFromPublic true puts the collection on the internet': tpl({ Net: netPolicy(JSON.stringify([{ Rules: rules, AllowFromPublic: true }])) }),
    'one public rule among private ones': tpl({ Net: netPolicy(JSON.stringify([privateRule, { Rules: rules, AllowFromPublic: true }])) }),
    'AllowFromPublic absent (not proven private)': tpl({ Net: netPolicy(JSON.stringify([{ Rules: rules, SourceVPCEs: ['vpce-1'] }])) }),
    'policy text that is not JSON': tpl({ Net: netPolicy('[{"Rules": [') }),
    'policy from a parameter without AllowedValues (token)': tpl(
      { Net: netPolicy({ Ref: 'Policy' }) },
      { Parameters: { Policy: { Type: 'String' } } },
    ),
    'policy type from a parameter that allows network': tpl(
      { Net: netPolicy(JSON.stringify([{ Rules: rules, AllowFromPublic: true }]), { Ref: 'Kind' }) },
      { Parameters: { Kind: { Type: 'String', AllowedValues: ['network', 'encryption'] } } },
    ),
    'Fn::If that makes the collection public outside prod': tpl(
      { Net: netPolicy({ 'Fn::If': ['IsProd', JSON.stringify([privateRule]), JSON.stringify([{ Rules: rules, AllowFromPublic: true }])] }) },
      cond,
    ),
  },
});
