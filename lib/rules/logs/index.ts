export { default as LogGroupCustomerKeyEncrypted } from './LogGroupCustomerKeyEncrypted';
