export { default as ElbV2LoadBalancerInternal } from './ElbV2LoadBalancerInternal';
export { default as ElbLoadBalancerInternal } from './ElbLoadBalancerInternal';
export { default as ElbV2ListenerEncrypted } from './ElbV2ListenerEncrypted';
export { default as ElbV2ListenerTls12 } from './ElbV2ListenerTls12';
export { default as ElbLoadBalancerListenersEncrypted } from './ElbLoadBalancerListenersEncrypted';
export { default as ElbLoadBalancerTls12 } from './ElbLoadBalancerTls12';
