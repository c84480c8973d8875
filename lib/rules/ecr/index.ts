export { default as EcrRepositoryCustomerKeyEncrypted } from './EcrRepositoryCustomerKeyEncrypted';
export { default as EcrRepositoryPolicyNotPublic } from './EcrRepositoryPolicyNotPublic';
