export { default as MskClusterNotPublic } from './MskClusterNotPublic';
export { default as MskClusterAuthenticated } from './MskClusterAuthenticated';
export { default as MskClusterTlsInTransit } from './MskClusterTlsInTransit';
export { default as MskClusterCustomerKeyEncrypted } from './MskClusterCustomerKeyEncrypted';
