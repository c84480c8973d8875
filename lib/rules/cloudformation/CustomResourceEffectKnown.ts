import type { TemplateResource } from '../../template/template';
import { asArray, bool, describe, get, isReference, str } from '../../template/values';
import { publicGrants } from '../../template/policy';
import { cdkHandler, isDomainConfigCall, parameterTarget, sdkCalls, serviceFunction, type SdkCall } from '../../template/custom-resources';
import { at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::CloudFormation::CustomResource', 'Custom::*'],
  title: 'Every custom resource is an aws-cdk-lib handler whose effect is known and judged: a recognized harmless handler, bucket notifications to resources of the template, a bucket deployment without public object ACLs, or AwsCustomResource calls that are read-only, harmless or judged by another rule.',
  rationale: 'A custom resource runs a Lambda function after deploy that may change storage settings (a bucket policy, a public access block, an access policy) outside every rule, so health data could be opened by a template that passes the pack.',
  fix: 'Use a construct whose configuration is in the template (e.g. s3.BucketPolicy instead of an AwsCustomResource calling putBucketPolicy), or, when the custom resource is reviewed, acknowledge it with a reason that names what it does: Validations.of(resource).acknowledge({ id: \'HealthData-CustomResourceEffectKnown\', reason: \'<what it changes and why that is safe>\' }).',
  notes: 'The ledger of aws-cdk-lib handlers and how each is recognized (resource type plus a ServiceToken that is the Fn::GetAtt Arn of a Lambda function of this template whose logical id CDK derives from the provider) is CDK_HANDLERS in lib/template/custom-resources.ts. Harmless: S3AutoDeleteObjects (empties the bucket when it is removed from the stack; its bucket policy grants only the handler role; data deletion is a retention decision, not P/H/E), ECRAutoDeleteImages, SyntheticsAutoDeleteUnderlyingResources, VpcRestrictDefaultSG (only removes rules), CrossRegionExport*/CrossRegionStringParameterReader (SSM parameters), CfnJson, S3ObjectCopy, Route 53 DeleteExistingRecordSet/CrossAccountZoneDelegation, OpenIdConnectProvider, LogRetention (sets retention, creating the group as the service would). Judged here: S3BucketNotifications (every destination must be a resource of the template), CDKBucketDeployment (SystemMetadata.acl private, bucket-owner-full-control or bucket-owner-read). AwsCustomResource: each Create/Update/Delete call is read; read-only actions (get, describe, list, head, ...) and putPublicAccessBlock with all four settings true pass, a CloudWatch Logs putResourcePolicy passes unless public, updateDomainConfig with only DomainName and AccessPolicies on a domain of this template passes here and is judged by HealthData-OpenSearchDomainAccessPolicyNotPublic; every other call (putBucketPolicy, deletePublicAccessBlock, putBucketAcl, ...) is a finding that names what it does. Decision: acknowledgeable, because many custom resources are legitimate; a call that removes or weakens a public access block is still reported under this rule, with the reason, so the acknowledgment must be written against that text; whether a bucket, queue or topic policy or an S3 ACL that a call puts is public is the fact of HealthData-CustomResourceNotPublic, which is never acknowledgeable, so acknowledging this rule never hides a public grant (this rule reports only that the policy or ACL is changed outside the template\'s rules); a call that deletes or weakens the public access block of a bucket of this template is also a finding of HealthData-S3BucketPublicAccessBlocked on the bucket. Not recognized, so reported: triggers.Trigger, the EKS cluster and Kubernetes resources, DynamoDB replicas (served from a nested provider stack), custom-resources.Provider functions and any other Lambda-backed custom resource.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard cannot read AwsCustomResource calls (JSON text inside an Fn::Join): every AwsCustomResource fails, except a Custom::OpenSearchAccessPolicy or Custom::ElasticsearchAccessPolicy whose call names a domain of the template with Ref (that policy is judged by the domain rule). Known handlers are recognized by the same type and function logical id pattern; notification destinations must be Ref/GetAtt of template resources (an Fn::Sub fails).',
  },
  evaluate,
});

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
function evaluate(resource: TemplateResource): RuleFinding[] {
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

function judgeCalls(resource: TemplateResource, props: Props): RuleFinding[] {
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
function callProblem(resource: TemplateResource, call: SdkCall): string | undefined {
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
function notificationDestinations(resource: TemplateResource, props: Props): RuleFinding[] {
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
