import type { Resource } from '../../template/template';
import { deniesInsecureTransport } from '../../template/policy';
import { describe, get, isObject } from '../../template/values';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { bucketPoliciesOf, bucketResources, conditionalCreation } from './bucket-policies';

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
  const policies = bucketPoliciesOf(bucket);
  if (policies.length === 0) {
    return [{
      path: 'Properties',
      problem: 'must have an AWS::S3::BucketPolicy targeting this bucket that denies requests without TLS (aws:SecureTransport false)',
      found: 'no bucket policy in the template targets this bucket',
    }];
  }
  const resources = bucketResources(bucket);
  const out: RuleFinding[] = [];
  // S3 keeps one policy per bucket: whichever of these policies is applied must carry the deny.
  for (const { policy, renderings } of policies) {
    const where = `AWS::S3::BucketPolicy ${policy.logicalId}`;
    const maybeAbsent = conditionalCreation(policy);
    if (maybeAbsent) {
      out.push({ path: 'Properties', problem: `cannot rely on ${where} to deny requests without TLS: ${maybeAbsent}` });
    }
    for (const r of renderings) {
      const branches = renderings.length > 1 && r.branches.length ? { branches: r.branches } : {};
      if (!r.targetsBucket) {
        out.push({ path: 'Properties', problem: `is not the bucket of ${where} in every rendering, so its TLS deny cannot be relied on`, found: r.bucketValue, ...branches });
        continue;
      }
      const p = deniesInsecureTransport(r.document, { service: 's3', resources });
      if (p) out.push({ path: `${where}.PolicyDocument${p.path ? `.${p.path}` : ''}`, problem: p.problem, found: p.found, ...branches });
    }
  }
  return out;
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
