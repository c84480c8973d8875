import type { CatalogEntry } from './types';

/**
 * No rules: CloudFormation has no resource type for S3 Glacier vaults (aws-cdk-lib
 * generates no AWS::Glacier::* L1), so a template cannot create a vault or its
 * access policy. Archives kept in S3 Glacier storage classes are S3 objects and
 * are judged by the S3 rules.
 */
export const glacier: CatalogEntry[] = [];
