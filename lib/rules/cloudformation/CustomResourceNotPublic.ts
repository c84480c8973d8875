import type { TemplateResource } from '../../template/template';
import { asArray, describe, isObject } from '../../template/values';
import { publicGrants, under, type PolicyProblem } from '../../template/policy';
import { cdkHandler, GRANT_ACTION_TEXT, isAclCall, literalStrings, putPolicy, sdkCalls, type SdkCall } from '../../template/custom-resources';
import { at, perVariant } from '../check';
import { defineRule, ANONYMOUS_ACCESS, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::CloudFormation::CustomResource', 'Custom::*'],
  title: 'No AwsCustomResource call puts a public grant: the bucket, queue or topic policy it puts (S3 putBucketPolicy, SQS setQueueAttributes/createQueue, SNS setTopicAttributes/createTopic) has no Allow to any principal without a condition that pins the caller, and the bucket or object ACL it sets (putBucketAcl, putObjectAcl) grants nothing to AllUsers or AuthenticatedUsers.',
  rationale: 'A policy or ACL applied by a custom resource after deploy opens the data exactly as the same grant in the template would; for health data a public grant is a breach, whichever way it is deployed.',
  fix: 'Put the policy in the template (s3.BucketPolicy, bucket.addToResourcePolicy, queue/topic policies) granting specific roles or accounts, or keep "*" only with a condition on aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce, aws:SourceVpc, aws:SourceAccount or aws:SourceArn; set ACLs to private (or drop the ACL call: ACLs are disabled with BucketOwnerEnforced).',
  notes: 'Judged on every custom resource except aws-cdk-lib handlers that make no SDK calls (see CDK_HANDLERS); the calls are read by sdkCalls and the policy each puts is located by putPolicy (lib/template/custom-resources.ts). Policies: same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants), whatever bucket, queue or topic the call names; a ${Parameter} placeholder in a principal or condition fails closed; an SNS setTopicAttributes whose AttributeName is not a literal could set Policy and fails. ACLs: a canned ACL must be private, bucket-owner-read, bucket-owner-full-control, log-delivery-write or aws-exec-read; a grant header or AccessControlPolicy grantee may name a canonical user, an email address or the S3 LogDelivery group, nothing else, and a grant only known at deploy time fails. A call that cannot be read (a Create/Update/Delete built from an import, not JSON, or without a literal service and action) is a finding here only when its literal text names one of these actions (putBucketPolicy, putBucketAcl, putObjectAcl, setQueueAttributes, createQueue, setTopicAttributes, createTopic, any case); otherwise it is left to HealthData-CustomResourceEffectKnown, which reports every unreadable call. Not judged here, so not reported twice: OpenSearch/Elasticsearch access policies (judged on the domain by HealthData-OpenSearchDomainAccessPolicyNotPublic) and CloudWatch Logs resource policies (HealthData-CustomResourceEffectKnown). Split with HealthData-CustomResourceEffectKnown: that rule reports that a call changes a policy or ACL outside the template\'s rules (acknowledgeable after review); whether the grant is public is this rule\'s fact, never acknowledgeable.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard cannot read the JSON text of a call inside an Fn::Join: every custom resource fails whose Create, Update or Delete text (a string, the string parts of an Fn::Join, an Fn::Sub, or either branch of an Fn::If of these) names putBucketPolicy, putBucketAcl, putObjectAcl, setQueueAttributes, createQueue, setTopicAttributes or createTopic (any case, SDK v3 *Command names included) or contains a \\u escape, whatever the policy or ACL says; so does one whose call is written in another shape (a nested intrinsic in an Fn::Join part, ...). A call given whole as a Ref, Fn::GetAtt or Fn::ImportValue has no text and passes in both engines (HealthData-CustomResourceEffectKnown reports that it cannot be read).',
  },
  neverAcknowledgeable: ANONYMOUS_ACCESS,
  evaluate,
});

/** Canned ACLs (API spelling) that grant nothing to AllUsers or AuthenticatedUsers. */
const PRIVATE_CANNED_ACLS = ['private', 'bucket-owner-read', 'bucket-owner-full-control', 'log-delivery-write', 'aws-exec-read'];

/** The only group grantee that is not the public: S3 server access log delivery. */
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

/** Grant headers of PutBucketAcl/PutObjectAcl (`uri="..."`, `id="..."`, `emailAddress="..."` lists). */
const GRANT_HEADERS = ['GrantFullControl', 'GrantRead', 'GrantReadACP', 'GrantWrite', 'GrantWriteACP'];

/**
 * No call of an AwsCustomResource puts a public grant: the resource policy it puts (S3 bucket policy,
 * SQS queue policy, SNS topic policy) has no public grant (lib/template/policy.ts publicGrants, as
 * for the policy resources themselves), and the S3 bucket or object ACL it sets grants nothing to
 * AllUsers or AuthenticatedUsers. A call that cannot be read but whose text names one of these
 * actions cannot be proven private and is a finding. Whether the call is otherwise harmless is
 * judged by CustomResourceEffectKnown.
 */
function evaluate(resource: TemplateResource): RuleFinding[] {
  const placeholderIsConcrete = (name: string) => !resource.template.parameter(name);
  return perVariant(resource, (props) => {
    const handler = cdkHandler(resource, props);
    if (handler && handler.verdict !== 'sdk-calls') return undefined; // a known handler that makes no SDK calls
    const { calls, problems } = sdkCalls(props);
    const out: RuleFinding[] = [];
    for (const p of problems) {
      const named = literalStrings(resource.rawProperties[p.on]).map((s) => GRANT_ACTION_TEXT.exec(s)?.[0]).find((m) => m !== undefined);
      if (named) {
        out.push({ path: at(p.on), problem: `${p.problem}, and its text names ${named}: the policy or ACL it puts cannot be proven not to be public`, found: p.found });
      }
    }
    for (const call of calls) {
      const by = `(put after deploy by ${call.service} ${call.action}${call.parameters.Bucket === undefined ? '' : ` on ${describe(call.parameters.Bucket)}`})`;
      const base = `${call.on}.parameters`;
      const put = putPolicy(call);
      const found: PolicyProblem[] = put
        ? under(`${base}.${put.path}`, publicGrants(put.document, { placeholderIsConcrete }))
        : isAclCall(call) ? under(base, aclProblems(call)) : [];
      out.push(...found.map((f) => ({ path: at(f.path), problem: `${by} ${f.problem}`, found: f.found })));
    }
    return out;
  });
}

/** Why the ACL an S3 putBucketAcl/putObjectAcl call sets may grant to the public. */
function aclProblems(call: SdkCall): PolicyProblem[] {
  const p = call.parameters;
  const out: PolicyProblem[] = [];
  if ('ACL' in p && !(typeof p.ACL === 'string' && PRIVATE_CANNED_ACLS.includes(p.ACL))) {
    const why = typeof p.ACL === 'string' && !/\$\{/.test(p.ACL)
      ? 'public-read, public-read-write and authenticated-read grant to AllUsers or AuthenticatedUsers'
      : 'it is only known at deploy time and could be public-read';
    out.push({ path: 'ACL', problem: `must be one of ${PRIVATE_CANNED_ACLS.join(', ')}: ${why}`, found: describe(p.ACL) });
  }
  for (const h of GRANT_HEADERS.filter((k) => k in p)) {
    const v = p[h];
    if (typeof v !== 'string' || /\$\{/.test(v)) {
      out.push({ path: h, problem: 'cannot be proven not to grant to AllUsers or AuthenticatedUsers: the grantees are only known at deploy time', found: describe(v) });
      continue;
    }
    const open = [...v.matchAll(/uri\s*=\s*"?([^",\s]+)/gi)].map((m) => m[1]).filter((u) => u !== LOG_DELIVERY);
    if (open.length) out.push({ path: h, problem: `grants to the group ${open.join(', ')}: only the S3 log delivery group may be a group grantee`, found: describe(v) });
  }
  if ('AccessControlPolicy' in p) {
    const grants = isObject(p.AccessControlPolicy) ? p.AccessControlPolicy.Grants : undefined;
    if (grants !== undefined && !Array.isArray(grants)) {
      out.push({ path: 'AccessControlPolicy.Grants', problem: 'cannot be read as a list of grants, so it cannot be proven not to grant to AllUsers or AuthenticatedUsers', found: describe(grants) });
    }
    asArray(grants).forEach((g, i) => {
      const grantee = isObject(g) ? g.Grantee : undefined;
      const path = `AccessControlPolicy.Grants[${i}].Grantee`;
      if (!isObject(grantee)) {
        out.push({ path, problem: 'cannot be read, so it cannot be proven not to be AllUsers or AuthenticatedUsers', found: describe(grantee) });
      } else if ('URI' in grantee || grantee.Type === 'Group') {
        if (grantee.URI !== LOG_DELIVERY) out.push({ path: `${path}.URI`, problem: `must be ${LOG_DELIVERY} for a group grantee: AllUsers is anyone on the internet, AuthenticatedUsers anyone with an AWS account`, found: describe(grantee.URI) });
      } else if (!(typeof grantee.ID === 'string' || typeof grantee.EmailAddress === 'string')) {
        out.push({ path, problem: 'names neither a canonical user id, an email address nor the log delivery group, so it cannot be proven not to be the public', found: describe(grantee) });
      }
    });
  }
  return out;
}
