/**
 * Custom resources: configuration that CloudFormation does not hold itself but that a
 * Lambda function applies after deploy. aws-cdk-lib writes some security-relevant
 * settings this way (an OpenSearch domain's access policy, S3 bucket notifications, ...),
 * and any template can carry a `Custom::*` or `AWS::CloudFormation::CustomResource`
 * whose handler changes storage settings outside every rule.
 *
 * The ledger below lists the aws-cdk-lib handlers (2.276) and what each one does. A handler
 * is recognized by its rendered shape: the resource type and a `ServiceToken` that is the
 * `Fn::GetAtt ... Arn` of a Lambda function of this template whose logical id CDK derives
 * from the provider (a fixed id, or a fixed UUID for singleton functions). Anything else is
 * not recognized, and its effect is unknown.
 *
 * `AwsCustomResource` (`Custom::AWS` or any type served by its singleton function) makes SDK
 * calls written as JSON in `Create`/`Update`/`Delete`; `sdkCalls` reads them, so a rule can
 * judge what each call does (e.g. the access policy `Custom::OpenSearchAccessPolicy` sets).
 */
import type { TemplateResource } from './template';
import { describe, isObject, isReference, isUnknown, Reference, Unknown } from './values';

/** How a recognized handler is judged. */
export type HandlerVerdict =
  /** Its calls are read and judged (`AwsCustomResource`). */
  | 'sdk-calls'
  /** A rule judges the configuration it applies (named in `judgedBy`). */
  | 'judged'
  /** It cannot make storage public, plaintext or unencrypted (the reason says why). */
  | 'harmless';

export interface CdkHandler {
  /** The resource types CDK gives it (`undefined`: any type, as `AwsCustomResource` allows). */
  readonly types?: readonly string[];
  /** Logical id prefixes of the Lambda function CDK renders for the provider (one per type where they differ). */
  readonly functionPrefixes: readonly string[];
  /** The aws-cdk-lib construct(s) that create it. */
  readonly construct: string;
  readonly verdict: HandlerVerdict;
  /** What it does after deploy, and why that verdict. */
  readonly effect: string;
  /** The rule that judges the configuration it applies, for `judged` handlers. */
  readonly judgedBy?: string;
}

/** Singleton function of `AwsCustomResource` (uuid 679f53fa-c002-430c-b0da-5b7982bd2287). */
export const AWS_CUSTOM_RESOURCE_FUNCTION = 'AWS679f53fac002430cb0da5b7982bd2287';

/** Logical id prefix of the handler function of a core `CustomResourceProvider` for `Custom::<Name>`. */
const provider = (name: string) => `Custom${name}CustomResourceProviderHandler`;

/**
 * The ledger: aws-cdk-lib constructs that apply configuration through a custom resource.
 * Not listed (so reported as unknown, acknowledgeable with a reason): `triggers.Trigger`
 * (runs your own function), the EKS cluster and Kubernetes resources (`Custom::AWSCDK-EKS-*`,
 * endpoint access and manifests applied by a provider framework), `custom-resources.Provider`
 * functions you write, `Custom::DynamoDBReplica` (served from a nested provider stack), and every other
 * Lambda-backed custom resource.
 */
export const CDK_HANDLERS: readonly CdkHandler[] = [
  {
    functionPrefixes: [AWS_CUSTOM_RESOURCE_FUNCTION],
    construct: 'custom-resources.AwsCustomResource (Custom::AWS or its resourceType; also behind opensearchservice/elasticsearch Domain accessPolicies, the CloudWatch Logs resource policy of Domain logging and events targets, cognito UserPoolDomain/UserPoolClient lookups, glue partition indexes)',
    verdict: 'sdk-calls',
    effect: 'makes the SDK calls written in Create/Update/Delete; each call is judged: read-only calls and a short list of harmless ones pass, an OpenSearch/Elasticsearch access policy on a domain of this template is judged as the domain\'s access policy, anything else is unknown',
  },
  {
    types: ['Custom::S3AutoDeleteObjects'],
    functionPrefixes: [provider('S3AutoDeleteObjects')],
    construct: 's3.Bucket autoDeleteObjects',
    verdict: 'harmless',
    effect: 'empties the bucket when the bucket is removed from the stack; its bucket policy statement grants only the handler\'s role (not public). Deleting the data is a retention decision, not public, plaintext or unencrypted storage',
  },
  {
    types: ['Custom::ECRAutoDeleteImages'],
    functionPrefixes: [provider('ECRAutoDeleteImages')],
    construct: 'ecr.Repository emptyOnDelete / autoDeleteImages',
    verdict: 'harmless',
    effect: 'deletes the images when the repository is removed from the stack',
  },
  {
    types: ['Custom::SyntheticsAutoDeleteUnderlyingResources'],
    functionPrefixes: [provider('SyntheticsAutoDeleteUnderlyingResources')],
    construct: 'synthetics.Canary cleanup',
    verdict: 'harmless',
    effect: 'deletes the canary\'s Lambda function and layers when the canary is removed',
  },
  {
    types: ['Custom::VpcRestrictDefaultSG'],
    functionPrefixes: [provider('VpcRestrictDefaultSG')],
    construct: 'ec2.Vpc restrictDefaultSecurityGroup',
    verdict: 'harmless',
    effect: 'removes every rule from the VPC\'s default security group: it only closes access',
  },
  {
    types: ['Custom::CrossRegionExportWriter', 'Custom::CrossRegionExportReader', 'Custom::CrossRegionStringParameterReader'],
    functionPrefixes: [provider('CrossRegionExportWriter'), provider('CrossRegionExportReader'), provider('CrossRegionStringParameterReader')],
    construct: 'Stack crossRegionReferences',
    verdict: 'harmless',
    effect: 'writes and reads SSM parameters that carry references between regions; no storage setting changes',
  },
  {
    types: ['Custom::AWSCDKCfnUtils', 'Custom::AWSCDKCfnJson', 'Custom::AWSCDKCfnJsonStringify'],
    functionPrefixes: ['AWSCDKCfnUtilsProviderCustomResourceProviderHandler'],
    construct: 'CfnJson',
    verdict: 'harmless',
    effect: 'computes a value (JSON with tokens as keys) during deployment; changes nothing',
  },
  {
    types: ['Custom::S3ObjectCopy'],
    functionPrefixes: [provider('S3ObjectCopy')],
    construct: 'lambda Code copied to the function\'s region',
    verdict: 'harmless',
    effect: 'copies a Lambda code asset object between buckets',
  },
  {
    types: ['Custom::DeleteExistingRecordSet', 'Custom::CrossAccountZoneDelegation'],
    functionPrefixes: [provider('DeleteExistingRecordSet'), provider('CrossAccountZoneDelegation')],
    construct: 'route53 RecordSet deleteExisting, CrossAccountZoneDelegationRecord',
    verdict: 'harmless',
    effect: 'changes DNS records; no storage setting',
  },
  {
    types: ['Custom::AWSCDKOpenIdConnectProvider'],
    functionPrefixes: [provider('AWSCDKOpenIdConnectProvider')],
    construct: 'iam.OpenIdConnectProvider',
    verdict: 'harmless',
    effect: 'creates an IAM OIDC identity provider, which grants nothing until a role trusts it (roles are in the template)',
  },
  {
    types: ['Custom::S3BucketNotifications'],
    functionPrefixes: ['BucketNotificationsHandler050a0587b7544547bf325f094a3db834'],
    construct: 's3.Bucket addEventNotification',
    verdict: 'judged',
    judgedBy: 'HealthData-CustomResourceEffectKnown',
    effect: 'sets the bucket\'s notification configuration; every queue, topic and function it sends object events to must be a resource of this template',
  },
  {
    types: ['Custom::CDKBucketDeployment'],
    functionPrefixes: ['CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C'],
    construct: 's3-deployment.BucketDeployment',
    verdict: 'judged',
    judgedBy: 'HealthData-CustomResourceEffectKnown',
    effect: 'copies asset files into the destination bucket; the object ACL it sets (SystemMetadata.acl, from accessControl) must not be public',
  },
  {
    types: ['Custom::LogRetention'],
    functionPrefixes: ['LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a'],
    construct: 'logs.LogRetention (lambda Function logRetention, and others)',
    verdict: 'harmless',
    effect: 'sets the retention of a log group, creating it if missing, as the service would on first write; no key or access setting changes',
  },
];

/** Whether a resource is a custom resource (a `Custom::*` type or `AWS::CloudFormation::CustomResource`). */
export function isCustomResource(type: string): boolean {
  return type === 'AWS::CloudFormation::CustomResource' || type.startsWith('Custom::');
}

/** The Lambda function of this template that a resolved `ServiceToken` names (`Fn::GetAtt [Fn, Arn]`), if any. */
export function serviceFunction(resource: TemplateResource, token: unknown): TemplateResource | undefined {
  if (!isReference(token) || token.attribute !== 'Arn') return undefined;
  const fn = resource.template.resource(token.logicalId);
  return fn?.type === 'AWS::Lambda::Function' ? fn : undefined;
}

/** The ledger entry of the CDK handler a custom resource rendering is served by, or `undefined`. */
export function cdkHandler(resource: TemplateResource, properties: Record<string, unknown>): CdkHandler | undefined {
  const fn = serviceFunction(resource, properties.ServiceToken);
  if (!fn) return undefined;
  // CDK appends an 8-character hash of the construct path to the prefix.
  return CDK_HANDLERS.find((h) => (h.types === undefined || h.types.includes(resource.type))
    && h.functionPrefixes.some((p) => new RegExp(`^${p}[0-9A-F]{8}$`).test(fn.logicalId)));
}

// ---------------------------------------------------------------- AwsCustomResource calls

/** One SDK call of an `AwsCustomResource`, as written in `Create`, `Update` or `Delete`. */
export interface SdkCall {
  readonly on: 'Create' | 'Update' | 'Delete';
  /** Service as written (`S3`, `@aws-sdk/client-s3`, `OpenSearch`). */
  readonly service: string;
  /** Action as written (`putBucketPolicy`, `PutBucketPolicyCommand`). */
  readonly action: string;
  /** `<service>:<action>` in lower case, SDK v2 and v3 spellings alike, e.g. `s3:putbucketpolicy`. */
  readonly api: string;
  /** Parameters with `${Id}` / `${Id.Attr}` placeholders where the template referred to resources. */
  readonly parameters: Record<string, unknown>;
}

/** Why a call could not be read, at its property. */
export interface SdkCallProblem {
  readonly on: 'Create' | 'Update' | 'Delete';
  readonly problem: string;
  readonly found: string;
}

/** SDK v2 class names and v3 package names that differ from the service's IAM prefix. */
const SERVICE_ALIASES: Record<string, string> = {
  cloudwatchlogs: 'logs',
  opensearchservice: 'opensearch',
  elasticsearchservice: 'es',
  cognitoidentityprovider: 'cognitoidentityserviceprovider',
};

/** `S3`/`@aws-sdk/client-s3`/`s3` -> `s3`; `PutBucketPolicyCommand`/`putBucketPolicy` -> `putbucketpolicy`. */
export function normalizeApi(service: string, action: string): string {
  const written = service.replace(/^@aws-sdk\/client-/i, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const svc = SERVICE_ALIASES[written] ?? written;
  const act = action.replace(/Command$/, '').toLowerCase();
  return `${svc}:${act}`;
}

/**
 * The SDK calls of one rendering of an `AwsCustomResource`. CDK writes each call as JSON
 * (an `Fn::Join` around tokens); the template model has already joined the parts, leaving
 * `${Id}` placeholders for references. Calls that cannot be read are returned as problems.
 */
export function sdkCalls(properties: Record<string, unknown>): { calls: SdkCall[]; problems: SdkCallProblem[] } {
  const calls: SdkCall[] = [];
  const problems: SdkCallProblem[] = [];
  for (const on of ['Create', 'Update', 'Delete'] as const) {
    const raw = properties[on];
    if (raw === undefined) continue;
    if (isUnknown(raw) || isReference(raw)) {
      problems.push({ on, problem: 'cannot be read: the call is only known at deploy time', found: describe(raw) });
      continue;
    }
    let call: unknown = raw;
    if (typeof raw === 'string') {
      try {
        call = JSON.parse(raw);
      } catch {
        problems.push({ on, problem: 'cannot be read as a JSON SDK call', found: describe(raw) });
        continue;
      }
    }
    if (!isObject(call) || typeof call.service !== 'string' || typeof call.action !== 'string' || /\$\{/.test(`${call.service}${call.action}`)) {
      problems.push({ on, problem: 'does not name a literal service and action', found: describe(call) });
      continue;
    }
    const parameters = isObject(call.parameters) ? call.parameters : {};
    calls.push({ on, service: call.service, action: call.action, api: normalizeApi(call.service, call.action), parameters });
  }
  return { calls, problems };
}

/** The template resource a resolved call parameter names (`${Id}` or `${Id.Attr}` placeholder), if any. */
export function parameterTarget(resource: TemplateResource, value: unknown): TemplateResource | undefined {
  if (value instanceof Reference) return resource.template.resource(value.logicalId);
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}$/.exec(value);
  return m ? resource.template.resource(m[1]) : undefined;
}

// ---------------------------------------------------------------- OpenSearch access policies

const DOMAIN_APIS = new Set(['opensearch:updatedomainconfig', 'es:updateelasticsearchdomainconfig']);

/** Whether an SDK call sets a domain's configuration (OpenSearch or legacy Elasticsearch). */
export function isDomainConfigCall(call: SdkCall): boolean {
  return DOMAIN_APIS.has(call.api);
}

/** A call a custom resource makes on a resource of the template after deploy. */
export interface AppliedCall {
  /** The custom resource that makes it. */
  readonly by: TemplateResource;
  readonly on: 'Create' | 'Update' | 'Delete';
  /** The call, or `undefined` when the custom resource refers to the target but its call cannot be read. */
  readonly call?: SdkCall;
  /** Why the call cannot be read. */
  readonly problem?: string;
  /** `Fn::If` branches of the custom resource under which it is made. */
  readonly branches: readonly string[];
}

/**
 * The AwsCustomResource calls of the template that act on `target`: those `accepts` keeps whose
 * `parameter` names it by `Ref` (or `GetAtt`) or by its literal `nameProp`. A custom resource that
 * refers to the target but whose calls cannot be read yields an entry with a `problem`.
 */
export function appliedCalls(target: TemplateResource, nameProp: string, parameter: string, accepts: (call: SdkCall) => boolean): AppliedCall[] {
  const template = target.template;
  const names = new Set(target.variants().map((v) => v.value[nameProp]).filter((n): n is string => typeof n === 'string' && !/\$\{/.test(n)));
  const out: AppliedCall[] = [];
  for (const cr of [...template.resources.values()].filter((r) => isCustomResource(r.type))) {
    const refers = template.referencedBy(cr.logicalId).has(target.logicalId);
    let variants;
    try {
      variants = cr.variants();
    } catch (e) {
      if (refers) out.push({ by: cr, on: 'Create', problem: (e as Error).message, branches: [] });
      continue;
    }
    for (const v of variants) {
      if (cdkHandler(cr, v.value)?.verdict !== 'sdk-calls') continue;
      const { calls, problems } = sdkCalls(v.value);
      if (refers) for (const p of problems) out.push({ by: cr, on: p.on, problem: `the ${p.on} call of ${cr.logicalId} ${p.problem}`, branches: v.branches });
      for (const call of calls.filter(accepts)) {
        const name = call.parameters[parameter];
        if (parameterTarget(cr, name)?.logicalId === target.logicalId || (typeof name === 'string' && names.has(name))) {
          out.push({ by: cr, on: call.on, call, branches: v.branches });
        }
      }
    }
  }
  return out;
}

/** One access policy a custom resource applies to a domain after deploy. */
export interface AppliedAccessPolicy {
  /** The custom resource that applies it. */
  readonly by: TemplateResource;
  readonly on: 'Create' | 'Update' | 'Delete';
  /** The policy document (usually a JSON string), or an `Unknown` when it cannot be read. */
  readonly document: unknown;
  /** `Fn::If` branches of the custom resource under which it applies. */
  readonly branches: readonly string[];
}

/**
 * The access policies that custom resources of the template apply to a domain after deploy
 * (`Custom::OpenSearchAccessPolicy` and `Custom::ElasticsearchAccessPolicy` are `updateDomainConfig`
 * calls with `AccessPolicies` as JSON text). A call names the domain by `Ref` (its name) or by its
 * literal `DomainName`. A custom resource that refers to the domain but whose calls cannot be read
 * yields an `Unknown` document: the policy it applies cannot be proven.
 */
export function appliedAccessPolicies(domain: TemplateResource): AppliedAccessPolicy[] {
  return appliedCalls(domain, 'DomainName', 'DomainName', isDomainConfigCall)
    .filter((a) => !a.call || 'AccessPolicies' in a.call.parameters)
    .map((a) => ({ by: a.by, on: a.on, document: a.call ? a.call.parameters.AccessPolicies : new Unknown(a.problem!), branches: a.branches }));
}

/** The S3 calls custom resources make on a bucket of the template after deploy (`Bucket` parameter). */
export function appliedBucketCalls(bucket: TemplateResource): AppliedCall[] {
  return appliedCalls(bucket, 'BucketName', 'Bucket', (c) => c.api.startsWith('s3:'));
}

// ---------------------------------------------------------------- resource policies and ACLs put by calls

/** Where a call that puts a resource policy carries the document (a path into its parameters). */
export interface PutPolicy {
  /** Path of the document inside the call's parameters, e.g. `Policy`, `Attributes.Policy`. */
  readonly path: string;
  /** The document (usually JSON text), or an `Unknown` when the call cannot be read far enough to find it. */
  readonly document: unknown;
}

/**
 * The resource policy an SDK call puts (S3 bucket policy, SQS queue policy, SNS topic policy), or
 * `undefined` when the call puts none. OpenSearch/Elasticsearch access policies are not listed:
 * they are judged on the domain (see `appliedAccessPolicies`), CloudWatch Logs resource policies
 * by HealthData-CustomResourceEffectKnown.
 */
export function putPolicy(call: SdkCall): PutPolicy | undefined {
  const p = call.parameters;
  switch (call.api) {
    case 's3:putbucketpolicy':
      return { path: 'Policy', document: p.Policy };
    case 'sqs:setqueueattributes':
    case 'sqs:createqueue':
    case 'sns:createtopic':
      return { path: 'Attributes.Policy', document: isObject(p.Attributes) ? p.Attributes.Policy : p.Attributes === undefined ? undefined : new Unknown(`Attributes is not an object (${describe(p.Attributes)})`) };
    case 'sns:settopicattributes': {
      const name = p.AttributeName;
      if (name === 'Policy') return { path: 'AttributeValue', document: p.AttributeValue };
      if (typeof name === 'string' && !/\$\{/.test(name)) return undefined;
      return { path: 'AttributeValue', document: new Unknown(`the attribute it sets is ${describe(name)}, which could be Policy`) };
    }
    default:
      return undefined;
  }
}

/** Whether an SDK call sets an S3 ACL (bucket or object). */
export function isAclCall(call: SdkCall): boolean {
  return call.api === 's3:putbucketacl' || call.api === 's3:putobjectacl';
}

/**
 * Actions that put a resource policy or an ACL (`putPolicy`, `isAclCall`), as they can appear in
 * the text of a call, SDK v2 and v3 spellings alike (case-insensitive). Used where a call cannot be
 * read: text that names one of them may put a public grant. The Guard twin of
 * HealthData-CustomResourceNotPublic matches the same names.
 */
export const GRANT_ACTION_TEXT = /putbucketpolicy|putbucketacl|putobjectacl|setqueueattributes|createqueue|settopicattributes|createtopic/i;

/** The literal strings of a raw template value (every string at any depth, keys excluded). */
export function literalStrings(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.flatMap(literalStrings);
  if (isObject(raw)) return Object.values(raw).flatMap(literalStrings);
  return [];
}
