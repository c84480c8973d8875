export { default as KinesisStreamCustomerKeyEncrypted } from './KinesisStreamCustomerKeyEncrypted';
