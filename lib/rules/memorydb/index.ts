export { default as MemoryDbClusterTlsEnabled } from './MemoryDbClusterTlsEnabled';
export { default as MemoryDbClusterAuthenticated } from './MemoryDbClusterAuthenticated';
