import type { Resource } from '../../template/template';
import { describe, get, isObject } from '../../template/values';
import { requiresTlsDeny } from '../attached-policy-tls';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { BUCKET_POLICIES, bucketResources } from './bucket-policies';

/**
 * Every request to the bucket must use TLS: the bucket policy that targets this
 * bucket (a `Ref` to it, or its literal name) denies every principal all s3
 * actions on the bucket and its objects when `aws:SecureTransport` is false.
 * A TLS deny on another bucket does not count. A website configuration that
 * serves content is also a finding: S3 website endpoints speak plain HTTP only.
 */
export default function S3BucketRequiresTls(bucket: Resource): RuleFinding[] {
  return [...policyFindings(bucket), ...websiteFindings(bucket)];
}

function policyFindings(bucket: Resource): RuleFinding[] {
  return requiresTlsDeny(bucket, {
    spec: BUCKET_POLICIES,
    missing: {
      problem: 'must have an AWS::S3::BucketPolicy targeting this bucket that denies requests without TLS (aws:SecureTransport false)',
      found: 'no bucket policy in the template targets this bucket',
    },
    required: bucketResources(bucket),
    service: 's3',
  });
}

function websiteFindings(bucket: Resource): RuleFinding[] {
  return perVariant(bucket, (props) => {
    const site = get(props, 'WebsiteConfiguration');
    if (site === undefined) return undefined;
    // A website that only redirects every request elsewhere serves no object.
    if (isObject(site) && Object.keys(site).length === 1 && 'RedirectAllRequestsTo' in site) return undefined;
    return {
      path: at('WebsiteConfiguration'),
      problem: 'must be absent: the S3 website endpoint serves objects over plain HTTP only',
      found: describe(site),
    };
  });
}
