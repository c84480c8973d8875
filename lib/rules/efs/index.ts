export { default as EfsFileSystemEncrypted } from './EfsFileSystemEncrypted';
export { default as EfsFileSystemCustomerManagedKey } from './EfsFileSystemCustomerManagedKey';
