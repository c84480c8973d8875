/** Why serverless caches are not judged (shared text of the ElastiCache rules' notes). */
export const SERVERLESS =
  'AWS::ElastiCache::ServerlessCache is not judged: AWS documents that every serverless cache has in-transit and at-rest encryption enabled, with no property to turn either off.';
