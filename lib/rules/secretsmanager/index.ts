export { default as SecretsManagerSecretCustomerKeyEncrypted } from './SecretsManagerSecretCustomerKeyEncrypted';
export { default as SecretsManagerResourcePolicyNotPublic } from './SecretsManagerResourcePolicyNotPublic';
