export { default as OpenSearchDomainInVpc } from './OpenSearchDomainInVpc';
export { default as OpenSearchDomainAccessPolicyNotPublic } from './OpenSearchDomainAccessPolicyNotPublic';
export { default as OpenSearchDomainAnonymousAuthDisabled } from './OpenSearchDomainAnonymousAuthDisabled';
export { default as OpenSearchDomainHttpsRequired } from './OpenSearchDomainHttpsRequired';
export { default as OpenSearchDomainNodeToNodeEncrypted } from './OpenSearchDomainNodeToNodeEncrypted';
export { default as OpenSearchDomainEncryptedAtRest } from './OpenSearchDomainEncryptedAtRest';
export { default as OpenSearchServerlessNetworkNotPublic } from './OpenSearchServerlessNetworkNotPublic';
