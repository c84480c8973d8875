import type { Resource } from '../../template/template';
import { asArray, bool, describe, get, isReference, str } from '../../template/values';
import { publicGrants } from '../../template/policy';
import { cdkHandler, isDomainConfigCall, parameterTarget, sdkCalls, serviceFunction, type SdkCall } from '../../template/custom-resources';
import { at, perVariant } from '../check';
import type { RuleFinding } from '../rule';

type Props = Record<string, unknown>;

const DOMAIN_TYPES = ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'];

/** Actions that only read (SDK v2 and v3 spellings, lower case, after the service). */
const READ_ONLY = /^(get|describe|list|head|lookup|search|batchget|query|scan|select|check|validate)/;

/** Calls CDK makes that change nothing about storage (lower-case `service:action`). */
const HARMLESS = new Set(['glue:createpartitionindex', 'logs:deleteresourcepolicy']);

/** Object ACLs a bucket deployment may set that do not open the objects. */
const PRIVATE_ACLS = ['private', 'bucket-owner-full-control', 'bucket-owner-read'];

/**
 * Every custom resource is one whose effect is known: an aws-cdk-lib handler recognized by its
 * rendered shape (see the ledger in lib/template/custom-resources.ts) that is harmless, or whose
 * configuration is judged here or by another rule. An unrecognized handler, or an AwsCustomResource
 * call outside the known-harmless list, may change storage settings after deploy, outside every rule.
 */
export default function CustomResourceEffectKnown(resource: Resource): RuleFinding[] {
  return perVariant(resource, (props) => {
    const handler = cdkHandler(resource, props);
    if (!handler) {
      const fn = serviceFunction(resource, props.ServiceToken);
      return {
        path: at('ServiceToken'),
        problem: 'is not a recognized aws-cdk-lib handler, so what the custom resource does after deploy (it may change bucket policies, access blocks or access policies) is not known',
        found: fn ? `${describe(props.ServiceToken)}, the Lambda function ${fn.logicalId} of this template` : describe(props.ServiceToken),
      };
    }
    if (handler.verdict === 'harmless') return undefined;
    if (handler.verdict === 'sdk-calls') return judgeCalls(resource, props);
    if (resource.type === 'Custom::S3BucketNotifications') return notificationDestinations(resource, props);
    if (resource.type === 'Custom::CDKBucketDeployment') return deploymentAcl(props);
    return undefined;
  });
}

function judgeCalls(resource: Resource, props: Props): RuleFinding[] {
  const { calls, problems } = sdkCalls(props);
  const out: RuleFinding[] = problems.map((p) => ({ path: at(p.on), problem: `${p.problem}, so what the AwsCustomResource does is not known`, found: p.found }));
  for (const call of calls) {
    const problem = callProblem(resource, call);
    if (problem) out.push({ path: at(call.on), problem: `calls ${call.service} ${call.action}${target(call)}: ${problem}`, found: describe(call.parameters) });
  }
  return out;
}

function target(call: SdkCall): string {
  const t = call.parameters.Bucket ?? call.parameters.DomainName;
  return t === undefined ? '' : ` on ${describe(t)}`;
}

/** Why a call is not known to be harmless, or `undefined` when it is. */
function callProblem(resource: Resource, call: SdkCall): string | undefined {
  const [service, action] = call.api.split(':');
  if (READ_ONLY.test(action) || HARMLESS.has(call.api)) return undefined;
  const p = call.parameters;
  if (isDomainConfigCall(call)) {
    const domain = parameterTarget(resource, p.DomainName);
    const onlyPolicy = Object.keys(p).every((k) => k === 'DomainName' || k === 'AccessPolicies');
    if (domain && DOMAIN_TYPES.includes(domain.type) && onlyPolicy) return undefined; // judged by OpenSearchDomainAccessPolicyNotPublic
    return domain && DOMAIN_TYPES.includes(domain.type)
      ? 'it changes domain settings other than the access policy after deploy, which no rule judges'
      : 'it changes the configuration of a domain that is not a resource of this template, so no rule judges the result';
  }
  if (call.api === 'logs:putresourcepolicy') {
    const grants = publicGrants(p.policyDocument);
    return grants.length ? `the log resource policy ${grants.map((g) => `${g.path} ${g.problem}`).join('; ')}` : undefined;
  }
  if (service === 's3') {
    if (action === 'putpublicaccessblock') {
      const c = get(p, 'PublicAccessBlockConfiguration');
      const all = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'].every((k) => bool(get(c, k)) === true);
      return all ? undefined : 'it weakens the bucket\'s public access block after deploy (not all four settings are true)';
    }
    if (action === 'deletepublicaccessblock') return 'it removes the bucket\'s public access block after deploy, so one ACL or policy can publish health data';
    // Whether the policy or ACL is public is judged by CustomResourceNotPublic (never acknowledgeable).
    if (action === 'putbucketpolicy') return 'it replaces the bucket policy after deploy, outside the S3 rules (the template\'s policy, with its TLS deny, is overwritten; whether the new one is public is judged by HealthData-CustomResourceNotPublic)';
    if (action === 'deletebucketpolicy') return 'it deletes the bucket policy after deploy, with the TLS deny the S3 rules require';
    if (/acl$/.test(action)) return 'it sets an ACL after deploy, outside the S3 rules (whether it is public is judged by HealthData-CustomResourceNotPublic)';
  }
  return 'the call is not on the list of read-only or known-harmless calls, so it may change storage settings after deploy, outside every rule';
}

/** Object events go only to queues, topics and functions of this template. */
function notificationDestinations(resource: Resource, props: Props): RuleFinding[] {
  const out: RuleFinding[] = [];
  const kinds: Array<[string, string]> = [['QueueConfigurations', 'QueueArn'], ['TopicConfigurations', 'TopicArn'], ['LambdaFunctionConfigurations', 'LambdaFunctionArn']];
  for (const [list, key] of kinds) {
    asArray(get(props, `NotificationConfiguration.${list}`)).forEach((c, i) => {
      const arn = get(c, key);
      if (isReference(arn) || resource.template.target(arn)) return;
      out.push({
        path: at(`NotificationConfiguration.${list}[${i}].${key}`),
        problem: 'must be a resource of this template: object events (keys of health records) would go to a destination no rule judges',
        found: describe(arn),
      });
    });
  }
  return out;
}

/** The deployed objects do not get a public ACL. */
function deploymentAcl(props: Props): RuleFinding | undefined {
  const acl = get(props, 'SystemMetadata.acl');
  if (acl === undefined) return undefined;
  const s = str(acl);
  if (s !== undefined && PRIVATE_ACLS.includes(s)) return undefined;
  return { path: at('SystemMetadata.acl'), problem: `must be one of ${PRIVATE_ACLS.join(', ')}: the deployed objects would get an ACL that can make them public`, found: describe(acl) };
}
