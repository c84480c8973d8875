import { entry } from './entry';
import type { CatalogEntry } from './types';

export const s3: CatalogEntry[] = [
  entry({
    name: 'S3BucketPublicAccessBlocked',
    category: 'P',
    service: 's3',
    resourceTypes: ['AWS::S3::Bucket'],
    title: 'The bucket blocks public access: all four PublicAccessBlockConfiguration settings are true.',
    rationale: 'Without the block, a single ACL or bucket policy can publish health data to the internet.',
    fix: "Set PublicAccessBlockConfiguration BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true (CDK: blockPublicAccess: BlockPublicAccess.BLOCK_ALL).",
    notes: 'New buckets get the block from the account default since April 2023, but an account-level setting is not visible in the template and can be changed; the template must state it.',
  }),
];
