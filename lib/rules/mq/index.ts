export { default as MqBrokerNotPublic } from './MqBrokerNotPublic';
