export { default as ApiGatewayApiPrivate } from './ApiGatewayApiPrivate';
export { default as ApiGatewayMethodAuthorized } from './ApiGatewayMethodAuthorized';
export { default as ApiGatewayDomainNameTls12 } from './ApiGatewayDomainNameTls12';
export { default as ApiGatewayRestApiTls12 } from './ApiGatewayRestApiTls12';
export { default as ApiGatewayStageCacheEncrypted } from './ApiGatewayStageCacheEncrypted';
