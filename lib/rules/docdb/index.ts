export { default as DocDbClusterTlsEnabled } from './DocDbClusterTlsEnabled';
export { default as DocDbClusterParameterGroupTlsEnabled } from './DocDbClusterParameterGroupTlsEnabled';
export { default as DocDbClusterStorageEncrypted } from './DocDbClusterStorageEncrypted';
export { default as DocDbClusterCustomerKeyEncrypted } from './DocDbClusterCustomerKeyEncrypted';
