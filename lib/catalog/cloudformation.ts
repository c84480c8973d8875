import { entry } from './entry';
import type { CatalogEntry } from './types';

export const cloudformation: CatalogEntry[] = [
  entry({
    name: 'CustomResourceEffectKnown',
    category: 'P',
    service: 'cloudformation',
    resourceTypes: ['AWS::CloudFormation::CustomResource', 'Custom::*'],
    title: 'Every custom resource is an aws-cdk-lib handler whose effect is known and judged: a recognized harmless handler, bucket notifications to resources of the template, a bucket deployment without public object ACLs, or AwsCustomResource calls that are read-only, harmless or judged by another rule.',
    rationale: 'A custom resource runs a Lambda function after deploy that may change storage settings (a bucket policy, a public access block, an access policy) outside every rule, so health data could be opened by a template that passes the pack.',
    fix: 'Use a construct whose configuration is in the template (e.g. s3.BucketPolicy instead of an AwsCustomResource calling putBucketPolicy), or, when the custom resource is reviewed, acknowledge it with a reason that names what it does: Validations.of(resource).acknowledge({ id: \'HealthData-CustomResourceEffectKnown\', reason: \'<what it changes and why that is safe>\' }).',
    notes: 'The ledger of aws-cdk-lib handlers and how each is recognized (resource type plus a ServiceToken that is the Fn::GetAtt Arn of a Lambda function of this template whose logical id CDK derives from the provider) is CDK_HANDLERS in lib/template/custom-resources.ts. Harmless: S3AutoDeleteObjects (empties the bucket when it is removed from the stack; its bucket policy grants only the handler role; data deletion is a retention decision, not P/H/E), ECRAutoDeleteImages, SyntheticsAutoDeleteUnderlyingResources, VpcRestrictDefaultSG (only removes rules), CrossRegionExport*/CrossRegionStringParameterReader (SSM parameters), CfnJson, S3ObjectCopy, Route 53 DeleteExistingRecordSet/CrossAccountZoneDelegation, OpenIdConnectProvider, LogRetention (sets retention, creating the group as the service would). Judged here: S3BucketNotifications (every destination must be a resource of the template), CDKBucketDeployment (SystemMetadata.acl private, bucket-owner-full-control or bucket-owner-read). AwsCustomResource: each Create/Update/Delete call is read; read-only actions (get, describe, list, head, ...) and putPublicAccessBlock with all four settings true pass, a CloudWatch Logs putResourcePolicy passes unless public, updateDomainConfig with only DomainName and AccessPolicies on a domain of this template passes here and is judged by HealthData-OpenSearchDomainAccessPolicyNotPublic; every other call (putBucketPolicy, deletePublicAccessBlock, putBucketAcl, ...) is a finding that names what it does. Decision: acknowledgeable, because many custom resources are legitimate; a call that provably opens a bucket (a public policy, a removed public access block) is still reported under this rule, with the reason, so the acknowledgment must be written against that text. Not recognized, so reported: triggers.Trigger, the EKS cluster and Kubernetes resources, DynamoDB replicas (served from a nested provider stack), custom-resources.Provider functions and any other Lambda-backed custom resource.',
    guardDifference: {
      direction: 'stricter',
      approximation: 'Guard cannot read AwsCustomResource calls (JSON text inside an Fn::Join): every AwsCustomResource fails, except a Custom::OpenSearchAccessPolicy or Custom::ElasticsearchAccessPolicy whose call names a domain of the template with Ref (that policy is judged by the domain rule). Known handlers are recognized by the same type and function logical id pattern; notification destinations must be Ref/GetAtt of template resources (an Fn::Sub fails).',
    },
  }),
];
