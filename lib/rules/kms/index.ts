export { default as KmsKeyPolicyNotPublic } from './KmsKeyPolicyNotPublic';
export { default as KmsKeyRotationEnabled } from './KmsKeyRotationEnabled';
