export { default as SecretsManagerSecretCustomerKeyEncrypted } from './SecretsManagerSecretCustomerKeyEncrypted';
