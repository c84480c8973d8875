export { default as SecretsManagerResourcePolicyNotPublic } from './SecretsManagerResourcePolicyNotPublic';
export { default as SecretsManagerSecretCustomerKeyEncrypted } from './SecretsManagerSecretCustomerKeyEncrypted';
