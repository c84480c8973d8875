export { default as SqsQueueCustomerKeyEncrypted } from './SqsQueueCustomerKeyEncrypted';
export { default as SqsQueuePolicyNotPublic } from './SqsQueuePolicyNotPublic';
export { default as SqsQueueRequiresTls } from './SqsQueueRequiresTls';
