export { default as TransferServerNotPublic } from './TransferServerNotPublic';
export { default as TransferServerProtocolsEncrypted } from './TransferServerProtocolsEncrypted';
export { default as TransferServerSecurityPolicyCurrent } from './TransferServerSecurityPolicyCurrent';
