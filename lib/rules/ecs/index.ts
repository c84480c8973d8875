export { default as EcsTaskDefinitionEfsTransitEncrypted } from './EcsTaskDefinitionEfsTransitEncrypted';
