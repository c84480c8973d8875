export { default as DaxClusterEncrypted } from './DaxClusterEncrypted';
export { default as DaxClusterEndpointTls } from './DaxClusterEndpointTls';
