export { default as S3BucketPublicAccessBlocked } from './S3BucketPublicAccessBlocked';
export { default as S3BucketAclNotPublic } from './S3BucketAclNotPublic';
export { default as S3BucketPolicyNotPublic } from './S3BucketPolicyNotPublic';
export { default as S3BucketRequiresTls } from './S3BucketRequiresTls';
export { default as S3BucketPolicyRequiresTls } from './S3BucketPolicyRequiresTls';
export { default as S3BucketCustomerKeyEncrypted } from './S3BucketCustomerKeyEncrypted';
export { default as S3AccessPointPublicAccessBlocked } from './S3AccessPointPublicAccessBlocked';
export { default as S3AccessPointPolicyNotPublic } from './S3AccessPointPolicyNotPublic';
