export { default as NeptuneClusterStorageEncrypted } from './NeptuneClusterStorageEncrypted';
export { default as NeptuneInstanceNotPublic } from './NeptuneInstanceNotPublic';
