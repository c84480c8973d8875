export { default as NeptuneClusterStorageEncrypted } from './NeptuneClusterStorageEncrypted';
export { default as NeptuneInstanceNotPublic } from './NeptuneInstanceNotPublic';
export { default as NeptuneClusterCustomerKeyEncrypted } from './NeptuneClusterCustomerKeyEncrypted';
