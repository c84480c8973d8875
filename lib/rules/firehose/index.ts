export { default as FirehoseDeliveryStreamCustomerKeyEncrypted } from './FirehoseDeliveryStreamCustomerKeyEncrypted';
