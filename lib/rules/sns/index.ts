export { default as SnsTopicCustomerKeyEncrypted } from './SnsTopicCustomerKeyEncrypted';
