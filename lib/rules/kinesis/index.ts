export { default as KinesisStreamCustomerKeyEncrypted } from './KinesisStreamCustomerKeyEncrypted';
export { default as KinesisResourcePolicyNotPublic } from './KinesisResourcePolicyNotPublic';
