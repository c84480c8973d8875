export { default as BackupVaultCustomerKeyEncrypted } from './BackupVaultCustomerKeyEncrypted';
