export { default as DmsReplicationInstanceNotPublic } from './DmsReplicationInstanceNotPublic';
export { default as DmsEndpointSslRequired } from './DmsEndpointSslRequired';
