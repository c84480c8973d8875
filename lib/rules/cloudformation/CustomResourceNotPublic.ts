import type { Resource } from '../../template/template';
import { asArray, describe, isObject } from '../../template/values';
import { publicGrants, under, type PolicyProblem } from '../../template/policy';
import { cdkHandler, GRANT_ACTION_TEXT, isAclCall, literalStrings, putPolicy, sdkCalls, type SdkCall } from '../../template/custom-resources';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

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
export default function CustomResourceNotPublic(resource: Resource): RuleFinding[] {
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
