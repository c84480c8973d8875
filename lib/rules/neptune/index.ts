export { default as NeptuneClusterStorageEncrypted } from './NeptuneClusterStorageEncrypted';
