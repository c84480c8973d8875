export { default as EfsFileSystemEncrypted } from './EfsFileSystemEncrypted';
export { default as EfsFileSystemCustomerManagedKey } from './EfsFileSystemCustomerManagedKey';
export { default as EfsFileSystemAnonymousAccessDenied } from './EfsFileSystemAnonymousAccessDenied';
export { default as EfsFileSystemRequiresTls } from './EfsFileSystemRequiresTls';
