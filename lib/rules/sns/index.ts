export { default as SnsTopicCustomerKeyEncrypted } from './SnsTopicCustomerKeyEncrypted';
export { default as SnsTopicPolicyNotPublic } from './SnsTopicPolicyNotPublic';
export { default as SnsTopicRequiresTls } from './SnsTopicRequiresTls';
