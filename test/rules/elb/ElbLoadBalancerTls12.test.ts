import { describeRule, tpl } from '../../support/harness';

const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/x';
const https = (policyNames?: unknown) => ({ LoadBalancerPort: '443', InstancePort: '443', Protocol: 'HTTPS', InstanceProtocol: 'HTTPS', SSLCertificateId: CERT, ...(policyNames ? { PolicyNames: policyNames } : {}) });
const clb = (listeners: unknown[], policies?: unknown) => ({
  Type: 'AWS::ElasticLoadBalancing::LoadBalancer',
  Properties: { Scheme: 'internal', Subnets: ['subnet-1'], Listeners: listeners, ...(policies !== undefined ? { Policies: policies } : {}) },
});
const ref = (value: unknown, name = 'Tls12') => ({ PolicyName: name, PolicyType: 'SSLNegotiationPolicyType', Attributes: [{ Name: 'Reference-Security-Policy', Value: value }] });
const CUSTOM_OK = {
  PolicyName: 'Custom',
  PolicyType: 'SSLNegotiationPolicyType',
  Attributes: [
    { Name: 'Protocol-TLSv1.2', Value: 'true' }, { Name: 'Protocol-TLSv1.1', Value: 'false' }, { Name: 'Protocol-TLSv1', Value: 'false' },
    { Name: 'Protocol-SSLv3', Value: 'false' }, { Name: 'Server-Defined-Cipher-Order', Value: 'true' }, { Name: 'ECDHE-RSA-AES128-GCM-SHA256', Value: 'true' },
  ],
};
const COND = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describeRule('HealthData-ElbLoadBalancerTls12', {
  pass: {
    'a listener naming a policy that references ELBSecurityPolicy-TLS-1-2-2017-01': tpl({ Lb: clb([https(['Tls12'])], [ref('ELBSecurityPolicy-TLS-1-2-2017-01')]) }),
    'a TLS 1.2 policy attached by LoadBalancerPorts': { template: tpl({ Lb: clb([https()], [{ ...ref('ELBSecurityPolicy-TLS-1-2-2017-01'), LoadBalancerPorts: ['443'] }]) }), guard: 'fail' },
    'a custom policy with TLS 1.2 only and strong ciphers': tpl({ Lb: clb([https(['Custom'])], [CUSTOM_OK]) }),
    'a stickiness policy next to the TLS 1.2 policy': tpl({
      Lb: clb([https(['Sticky', 'Tls12'])], [{ PolicyName: 'Sticky', PolicyType: 'LBCookieStickinessPolicyType', Attributes: [{ Name: 'CookieExpirationPeriod', Value: '60' }] }, ref('ELBSecurityPolicy-TLS-1-2-2017-01')]),
    }),
    'a plaintext HTTP listener (judged by ElbLoadBalancerListenersEncrypted, not here)': tpl({ Lb: clb([{ LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }]) }),
  },
  fail: {
    'no SSL negotiation policy (absent): the default ELBSecurityPolicy-2016-08 accepts TLS 1.0': tpl({ Lb: clb([https()]) }),
    'a policy referencing ELBSecurityPolicy-2016-08': tpl({ Lb: clb([https(['Tls12'])], [ref('ELBSecurityPolicy-2016-08')]) }),
    'a listener naming a policy that is not defined in the template': tpl({ Lb: clb([https(['My-SSLNegotiation-Policy'])]) }),
    'a custom policy that enables TLS 1.0': tpl({ Lb: clb([https(['Custom'])], [{ ...CUSTOM_OK, Attributes: [...CUSTOM_OK.Attributes.filter((a) => a.Name !== 'Protocol-TLSv1'), { Name: 'Protocol-TLSv1', Value: 'true' }] }]) }),
    'a custom policy that leaves the older protocols unstated': tpl({ Lb: clb([https(['Custom'])], [{ ...CUSTOM_OK, Attributes: [{ Name: 'Protocol-TLSv1.2', Value: 'true' }, { Name: 'ECDHE-RSA-AES128-GCM-SHA256', Value: 'true' }] }]) }),
    'a TLS 1.2 reference policy that also enables a 3DES cipher': tpl({
      Lb: clb([https(['Tls12'])], [{ ...ref('ELBSecurityPolicy-TLS-1-2-2017-01'), Attributes: [{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }, { Name: 'DES-CBC3-SHA', Value: 'true' }] }]),
    }),
    'a reference policy given by a parameter without AllowedValues (token)': tpl({ Lb: clb([https(['Tls12'])], [ref({ Ref: 'Policy' })]) }, { Parameters: { Policy: { Type: 'String' } } }),
    'Fn::If that drops the policy names in one branch': tpl({ Lb: clb([https({ 'Fn::If': ['IsProd', ['Tls12'], { Ref: 'AWS::NoValue' }] })], [ref('ELBSecurityPolicy-TLS-1-2-2017-01')]) }, COND),
    'the shape CDK emits for an HTTPS listener (no policies)': tpl({ Lb: clb([{ InstancePort: '80', InstanceProtocol: 'http', LoadBalancerPort: '443', Protocol: 'https', SSLCertificateId: CERT }]) }),
  },
});
