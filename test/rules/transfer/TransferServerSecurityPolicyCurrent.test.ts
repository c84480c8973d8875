import { describeRule, tpl } from '../../support/harness';

const server = (props: Record<string, unknown>) => ({ Type: 'AWS::Transfer::Server', Properties: { EndpointType: 'VPC', ...props } });

describeRule('HealthData-TransferServerSecurityPolicyCurrent', {
  pass: {
    'TransferSecurityPolicy-2024-01': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-2024-01' }) }),
    'TransferSecurityPolicy-2020-06, the oldest accepted': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-2020-06' }) }),
    'a FIPS policy': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-FIPS-2024-05' }) }),
    'a post-quantum experimental policy': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-PQ-SSH-FIPS-Experimental-2023-04' }) }),
    'a policy published after this rule': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-2027-02' }) }),
  },
  fail: {
    'SecurityPolicyName absent: CloudFormation attaches TransferSecurityPolicy-2018-11': tpl({ Server: server({}) }),
    'the 2018-11 policy named explicitly': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-2018-11' }) }),
    'the restricted 2018-11 variant is still the old generation': tpl({ Server: server({ SecurityPolicyName: 'TransferSecurityPolicy-Restricted-2018-11' }) }),
    'a name that is not a Transfer security policy': tpl({ Server: server({ SecurityPolicyName: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }) }),
    'the policy from a parameter without AllowedValues (token)': tpl(
      { Server: server({ SecurityPolicyName: { Ref: 'Policy' } }) },
      { Parameters: { Policy: { Type: 'String', Default: 'TransferSecurityPolicy-2024-01' } } },
    ),
    'the policy imported from another stack': tpl({ Server: server({ SecurityPolicyName: { 'Fn::ImportValue': 'Shared-Policy' } }) }),
    'Fn::If with a branch on the old policy': tpl(
      { Server: server({ SecurityPolicyName: { 'Fn::If': ['Legacy', 'TransferSecurityPolicy-2018-11', 'TransferSecurityPolicy-2024-01'] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Legacy: { 'Fn::Equals': [{ Ref: 'Env' }, 'legacy'] } } },
    ),
  },
});
