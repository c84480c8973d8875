export { default as RdsInstanceNotPublic } from './RdsInstanceNotPublic';
export { default as RdsClusterNotPublic } from './RdsClusterNotPublic';
export { default as RdsInstanceTlsRequired } from './RdsInstanceTlsRequired';
export { default as RdsClusterTlsRequired } from './RdsClusterTlsRequired';
export { default as RdsProxyTlsRequired } from './RdsProxyTlsRequired';
export { default as RdsInstanceStorageEncrypted } from './RdsInstanceStorageEncrypted';
export { default as RdsClusterStorageEncrypted } from './RdsClusterStorageEncrypted';
export { default as RdsStorageCustomerKeyEncrypted } from './RdsStorageCustomerKeyEncrypted';
