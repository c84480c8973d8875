export { default as RedshiftClusterNotPublic } from './RedshiftClusterNotPublic';
export { default as RedshiftServerlessWorkgroupNotPublic } from './RedshiftServerlessWorkgroupNotPublic';
export { default as RedshiftClusterTlsRequired } from './RedshiftClusterTlsRequired';
export { default as RedshiftClusterEncrypted } from './RedshiftClusterEncrypted';
export { default as RedshiftClusterCustomerKeyEncrypted } from './RedshiftClusterCustomerKeyEncrypted';
