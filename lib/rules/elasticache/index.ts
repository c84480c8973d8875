export { default as ElastiCacheTransitEncrypted } from './ElastiCacheTransitEncrypted';
export { default as ElastiCacheAtRestEncrypted } from './ElastiCacheAtRestEncrypted';
