export { default as KmsKeyRotationEnabled } from './KmsKeyRotationEnabled';
export { default as KmsKeyPolicyNotPublic } from './KmsKeyPolicyNotPublic';
