export { default as KinesisResourcePolicyNotPublic } from './KinesisResourcePolicyNotPublic';
export { default as KinesisStreamCustomerKeyEncrypted } from './KinesisStreamCustomerKeyEncrypted';
