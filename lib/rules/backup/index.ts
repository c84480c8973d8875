export { default as BackupVaultCustomerKeyEncrypted } from './BackupVaultCustomerKeyEncrypted';
export { default as BackupVaultAccessPolicyNotPublic } from './BackupVaultAccessPolicyNotPublic';
