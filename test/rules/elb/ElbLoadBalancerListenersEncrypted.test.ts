import { describeRule, tpl } from '../../support/harness';

const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/x';
const clb = (listeners: unknown) => ({ Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { Scheme: 'internal', Subnets: ['subnet-1'], Listeners: listeners } });
const https = { LoadBalancerPort: '443', InstancePort: '443', Protocol: 'HTTPS', InstanceProtocol: 'HTTPS', SSLCertificateId: CERT };
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElbLoadBalancerListenersEncrypted', {
  pass: {
    'an HTTPS listener': tpl({ Lb: clb([https]) }),
    'an SSL listener with an SSL back end': tpl({ Lb: clb([{ LoadBalancerPort: '443', InstancePort: '9443', Protocol: 'SSL', InstanceProtocol: 'SSL', SSLCertificateId: CERT }]) }),
    'an HTTPS listener that terminates TLS and talks HTTP to instances inside the VPC (back end not judged)': tpl({ Lb: clb([{ ...https, InstancePort: '80', InstanceProtocol: 'HTTP' }]) }),
    'the protocol in lower case, as CDK LoadBalancingProtocol writes it': tpl({ Lb: clb([{ ...https, Protocol: 'https', InstanceProtocol: 'https' }]) }),
  },
  fail: {
    'an HTTP listener carries health data in plaintext': tpl({ Lb: clb([{ LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }]) }),
    'a TCP listener next to an HTTPS one': tpl({ Lb: clb([https, { LoadBalancerPort: '5432', InstancePort: '5432', Protocol: 'TCP' }]) }),
    'Protocol absent from a listener': tpl({ Lb: clb([{ LoadBalancerPort: '80', InstancePort: '80' }]) }),
    'a protocol parameter without AllowedValues (token)': tpl({ Lb: clb([{ ...https, Protocol: { Ref: 'Proto' } }]) }, { Parameters: { Proto: { Type: 'String' } } }),
    'listeners imported from another stack': tpl({ Lb: clb({ 'Fn::ImportValue': 'Shared-Listeners' }) }),
    'Fn::If with an HTTP listener in one branch': tpl({ Lb: clb([{ 'Fn::If': ['IsProd', https, { LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }] }]) }, COND),
    'the shape CDK emits for lb.addListener({ externalPort: 80 })': tpl({ Lb: clb([{ InstancePort: '80', InstanceProtocol: 'http', LoadBalancerPort: '80', Protocol: 'http' }]) }),
  },
});
