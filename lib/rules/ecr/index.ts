export { default as EcrRepositoryCustomerKeyEncrypted } from './EcrRepositoryCustomerKeyEncrypted';
