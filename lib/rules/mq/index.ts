export { default as MqBrokerNotPublic } from './MqBrokerNotPublic';
export { default as MqBrokerCustomerKeyEncrypted } from './MqBrokerCustomerKeyEncrypted';
