export { default as BackupVaultAccessPolicyNotPublic } from './BackupVaultAccessPolicyNotPublic';
export { default as BackupVaultCustomerKeyEncrypted } from './BackupVaultCustomerKeyEncrypted';
