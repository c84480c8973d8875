import type { TemplateResource } from '../../template/template';
import { describe, get, isObject } from '../../template/values';
import { requiresTlsDeny } from '../attached-policy-tls';
import { at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { BUCKET_POLICIES, bucketResources } from './bucket-policies';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::S3::Bucket'],
  title: 'A bucket policy targeting the bucket denies every principal all s3 actions on the bucket and its objects when aws:SecureTransport is false, and the bucket hosts no website.',
  rationale: 'S3 answers plain HTTP on its REST endpoints unless the bucket policy refuses it, and website endpoints only speak HTTP: health data would cross the network in the clear.',
  fix: 'Add an AWS::S3::BucketPolicy with Bucket: !Ref TheBucket and a statement {Effect: Deny, Principal: {AWS: "*"}, Action: "s3:*", Resource: [bucket ARN, bucket ARN + "/*"], Condition: {Bool: {"aws:SecureTransport": "false"}}}; remove WebsiteConfiguration and serve through CloudFront with HTTPS (CDK: enforceSSL: true, no websiteIndexDocument).',
  notes: 'Verified: S3 accepts HTTP requests unless a policy denies aws:SecureTransport false; S3 website endpoints do not support HTTPS. The bucket is judged with the AWS::S3::BucketPolicy resources whose Bucket refers to it (Ref, a ${Bucket} string, or a literal name equal to its BucketName, or the same parameter); a TLS deny on another bucket does not count, and since S3 keeps one policy per bucket every policy targeting it must carry the deny, in every Fn::If rendering, and must not depend on a resource Condition. Action must be "*" or "s3:*", Principal "*" or {AWS: "*"}, the only condition Bool/BoolIfExists aws:SecureTransport false (CDK\'s enforceSSL writes the string "false"), and the Resource patterns must cover both the bucket ARN and arn/* (lib/template/policy.ts deniesInsecureTransport). A s3:TlsVersion NumericLessThan deny may sit beside it but does not replace it. Website split: the website endpoint is judged here (H: it serves over HTTP only); whether its content is public is judged by the P rules (ACL, public access block, bucket policy), so one website bucket gets one H finding, not a second P one for the same fact. A WebsiteConfiguration with only RedirectAllRequestsTo serves no object and passes.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard judges each bucket by its logical id, as the rule does: a bucket fails when no AWS::S3::BucketPolicy targets it (Bucket {Ref: <id>}, its literal BucketName, or the same {Ref: <parameter>} as its BucketName) or when a policy that targets it lacks the deny or has a Condition attribute. A policy whose Bucket is chosen by Fn::If is reported on the policy itself. The deny\'s Resource must use one of the spellings Guard can match without evaluating intrinsics: Fn::GetAtt [B, Arn] and Fn::Join ["", [Fn::GetAtt [B, Arn], "/*"]] (CDK enforceSSL), Fn::Sub "${B.Arn}"/"arn:${AWS::Partition}:s3:::${B}" (+ "/*"), Fn::Join ["", ["arn:", {Ref: AWS::Partition}, ":s3:::<name>"]], literal "arn:aws:s3:::<name>" (+ "/*"), or "*"/"arn:aws:s3:::*"; other IAM wildcard patterns, NotResource, Fn::GetAtt "B.Arn" strings, a policy Bucket written as Fn::Sub or chosen by Fn::If, and a literal-named policy whose ARNs are Fn::GetAtt of the bucket are not proven and fail.',
  },
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * Every request to the bucket must use TLS: the bucket policy that targets this
 * bucket (a `Ref` to it, or its literal name) denies every principal all s3
 * actions on the bucket and its objects when `aws:SecureTransport` is false.
 * A TLS deny on another bucket does not count. A website configuration that
 * serves content is also a finding: S3 website endpoints speak plain HTTP only.
 */
function evaluate(bucket: TemplateResource): RuleFinding[] {
  return [...policyFindings(bucket), ...websiteFindings(bucket)];
}

function policyFindings(bucket: TemplateResource): RuleFinding[] {
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

function websiteFindings(bucket: TemplateResource): RuleFinding[] {
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
