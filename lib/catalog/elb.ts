import { entry } from './entry';
import type { CatalogEntry } from './types';

const V2_LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const V2_LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const V2_LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const CLASSIC = 'AWS::ElasticLoadBalancing::LoadBalancer';

export const elb: CatalogEntry[] = [
  entry({
    name: 'ElbV2LoadBalancerInternal',
    category: 'P',
    service: 'elb',
    resourceTypes: [V2_LB],
    title: 'The Application or Network Load Balancer is internal (Scheme "internal"); Gateway Load Balancers have no scheme and pass.',
    rationale: 'An internet-facing load balancer is a public front door to the services that hold health data; every one must be either internal or reviewed and acknowledged.',
    fix: "Set Scheme to \"internal\" (CDK: internetFacing: false, the default of ApplicationLoadBalancer/NetworkLoadBalancer), or acknowledge a reviewed public entry point with Validations.of(lb).acknowledge({ id, reason }).",
    notes: 'Verified: the default Scheme is internet-facing, and a Gateway Load Balancer cannot take a scheme (ELBv2 CreateLoadBalancer reference). Strict by default: every internet-facing load balancer is a finding to acknowledge; security groups are judged by the ec2 rules.',
  }),
  entry({
    name: 'ElbLoadBalancerInternal',
    category: 'P',
    service: 'elb',
    resourceTypes: [CLASSIC],
    title: 'The Classic Load Balancer is internal (Scheme "internal").',
    rationale: 'An internet-facing Classic Load Balancer exposes the instances that process health data to the internet.',
    fix: 'Set Scheme to "internal" (CDK: internetFacing: false on LoadBalancer from aws-elasticloadbalancing), or acknowledge a reviewed public entry point.',
    notes: 'Verified: by default Elastic Load Balancing creates an internet-facing load balancer (CreateLoadBalancer Scheme).',
  }),
  entry({
    name: 'ElbV2ListenerEncrypted',
    category: 'H',
    service: 'elb',
    resourceTypes: [V2_LISTENER, V2_LISTENER_RULE],
    title: 'No request reaches a target through a plaintext listener: listeners are HTTPS or TLS, and plaintext (HTTP, TCP, UDP, TCP_UDP) listeners and their rules only redirect to HTTPS or return a fixed response.',
    rationale: 'A plaintext listener that forwards carries health data unencrypted between clients and the load balancer, on an internal load balancer as much as on a public one.',
    fix: 'Use Protocol HTTPS (ALB) or TLS (NLB) with a certificate, or make every DefaultActions entry of the HTTP listener a redirect with RedirectConfig.Protocol HTTPS (CDK: protocol: ApplicationProtocol.HTTPS; lb.addRedirect() for port 80).',
    notes: 'A redirect without RedirectConfig.Protocol keeps the default "#{protocol}" (HTTP) and fails. A TCP/UDP listener that forwards fails even if the targets speak TLS: pass-through encryption cannot be proven from the template. A listener rule that forwards passes only when its ListenerArn is a listener of the same template that is HTTPS or TLS in every Fn::If rendering. Gateway Load Balancer listeners have no Protocol and pass. The load balancer scheme does not matter: an internal plaintext listener is still plaintext.',
  }),
  entry({
    name: 'ElbV2ListenerTls12',
    category: 'H',
    service: 'elb',
    resourceTypes: [V2_LISTENER],
    title: 'HTTPS and TLS listeners use a security policy that accepts TLS 1.2 or newer only (ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-* or -FS-1-2-*).',
    rationale: 'TLS 1.0 and 1.1 have known weaknesses; health data in transit needs TLS 1.2 or newer.',
    fix: 'Set SslPolicy to ELBSecurityPolicy-TLS13-1-2-2021-06 or a newer TLS 1.2+ policy (CDK: sslPolicy: SslPolicy.RECOMMENDED_TLS).',
    notes: 'Verified: when SslPolicy is absent, listeners created through the API, CLI, CloudFormation or CDK get ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 (the console default differs). Policies are allow-listed by name prefix, so ELBSecurityPolicy-TLS13-1-1-*, -TLS13-1-0-*, -FS-2018-06 and -2016-08 fail. A listener whose Protocol cannot be resolved is judged as if it were HTTPS.',
  }),
  entry({
    name: 'ElbLoadBalancerListenersEncrypted',
    category: 'H',
    service: 'elb',
    resourceTypes: [CLASSIC],
    title: 'Every Classic Load Balancer listener accepts clients over HTTPS or SSL.',
    rationale: 'An HTTP or TCP listener carries health data unencrypted between clients and the load balancer.',
    fix: 'Set Listeners[].Protocol to HTTPS or SSL with an SSLCertificateId (CDK: externalProtocol: LoadBalancingProtocol.HTTPS), or migrate to an ALB with an HTTPS listener.',
    notes: 'Decision: InstanceProtocol (the load balancer to instance leg inside the VPC) is not judged, consistent with ELBv2 target groups; only the client-facing Protocol is. A TCP listener fails even if instances terminate TLS: pass-through cannot be proven.',
  }),
  entry({
    name: 'ElbLoadBalancerTls12',
    category: 'H',
    service: 'elb',
    resourceTypes: [CLASSIC],
    title: "Every HTTPS/SSL listener of a Classic Load Balancer uses an SSL negotiation policy that accepts TLS 1.2 only, with strong ciphers.",
    rationale: 'Classic load balancers negotiate TLS 1.0 by default and custom policies can enable SSLv3, NULL or 3DES ciphers, exposing health data in transit.',
    fix: 'Add a Policies entry of PolicyType SSLNegotiationPolicyType with the attribute Reference-Security-Policy = ELBSecurityPolicy-TLS-1-2-2017-01 and name it in the listener\'s PolicyNames (CDK: escape hatch on CfnLoadBalancer), or migrate to an ALB.',
    notes: 'Verified: an HTTPS/SSL listener without an SSL negotiation policy gets ELBSecurityPolicy-2016-08 (TLS 1.0+). Policies attach to a listener through Listeners[].PolicyNames or Policies[].LoadBalancerPorts; a name not defined in Policies cannot be proven. A custom policy (no Reference-Security-Policy) must set Protocol-TLSv1.2 true and Protocol-SSLv3, -TLSv1, -TLSv1.1 false explicitly (the defaults of unlisted attributes are not documented); any enabled Protocol-* other than TLSv1.2 and any enabled cipher outside the ciphers of ELBSecurityPolicy-TLS-1-2-2017-01 fails, also next to a Reference-Security-Policy.',
    guardDifference: {
      direction: 'stricter',
      approximation: 'Guard joins a listener to its policies by the names in its literal PolicyNames list only: a policy attached through Policies[].LoadBalancerPorts is not followed (matching ports needs number/string arithmetic), so such a listener fails. And once the load balancer has an HTTPS/SSL listener, every SSLNegotiationPolicyType policy it defines must be TLS 1.2-only, attached to that listener or not.',
    },
  }),
];
