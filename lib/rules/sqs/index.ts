export { default as SqsQueueCustomerKeyEncrypted } from './SqsQueueCustomerKeyEncrypted';
