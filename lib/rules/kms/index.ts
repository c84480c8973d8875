export { default as KmsKeyRotationEnabled } from './KmsKeyRotationEnabled';
