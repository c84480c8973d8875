export { default as StorageGatewayNfsShareClientsPrivate } from './StorageGatewayNfsShareClientsPrivate';
export { default as StorageGatewayNfsShareRootSquashed } from './StorageGatewayNfsShareRootSquashed';
export { default as StorageGatewaySmbShareAuthenticated } from './StorageGatewaySmbShareAuthenticated';
export { default as StorageGatewayCustomerManagedKey } from './StorageGatewayCustomerManagedKey';
