export { default as S3BucketPublicAccessBlocked } from './S3BucketPublicAccessBlocked';
