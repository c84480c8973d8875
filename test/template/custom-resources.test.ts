import * as fs from 'fs';
import * as path from 'path';
import { App, CfnJson, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as r53 from 'aws-cdk-lib/aws-route53';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as deployment from 'aws-cdk-lib/aws-s3-deployment';
import * as notifications from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { evaluateTemplate } from '../../lib/engine/evaluate';
import { CDK_HANDLERS, cdkHandler, isCustomResource, normalizeApi, sdkCalls } from '../../lib/template/custom-resources';
import { TemplateModel } from '../../lib/template/template';

/** Every custom resource aws-cdk-lib renders for a broad set of constructs, in two stacks. */
function renderedCustomResources(): TemplateModel[] {
  const app = new App({ context: { '@aws-cdk/aws-ec2:restrictDefaultSecurityGroup': true } });
  const env = { account: '111122223333' };
  const s = new Stack(app, 'S', { env: { ...env, region: 'eu-west-1' }, crossRegionReferences: true });
  const other = new Stack(app, 'O', { env: { ...env, region: 'us-east-1' }, crossRegionReferences: true });
  new s3.Bucket(s, 'Scratch', { autoDeleteObjects: true, removalPolicy: RemovalPolicy.DESTROY });
  new s3.Bucket(s, 'Events').addEventNotification(s3.EventType.OBJECT_CREATED, new notifications.SqsDestination(new sqs.Queue(s, 'Q')));
  new deployment.BucketDeployment(s, 'Deploy', { sources: [deployment.Source.data('a.txt', 'a')], destinationBucket: new s3.Bucket(s, 'Site') });
  new logs.LogRetention(s, 'Retention', { logGroupName: '/aws/lambda/x', retention: logs.RetentionDays.ONE_WEEK });
  new iam.OpenIdConnectProvider(s, 'Oidc', { url: 'https://example.com' });
  const zone = new r53.PublicHostedZone(s, 'Zone', { zoneName: 'example.com' });
  new r53.ARecord(s, 'A', { zone, target: r53.RecordTarget.fromIpAddresses('192.0.2.1'), deleteExisting: true });
  new CfnJson(s, 'Json', { value: { [s.region]: 'x' } });
  new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0 });
  new opensearch.Domain(s, 'Search', {
    version: opensearch.EngineVersion.OPENSEARCH_2_11,
    logging: { appLogEnabled: true },
    accessPolicies: [new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['es:ESHttpGet'], resources: ['*'] })],
  });
  new s3.Bucket(s, 'Named', { bucketName: new s3.Bucket(other, 'Elsewhere').bucketName });
  const assembly = app.synth();
  return [s, other].map((st) => TemplateModel.fromObject(assembly.getStackByName(st.stackName).template));
}

describe('the ledger of aws-cdk-lib custom-resource handlers', () => {
  const templates = renderedCustomResources();
  const rendered = templates.flatMap((t) => [...t.resources.values()].filter((r) => isCustomResource(r.type)));

  test('the sample renders the handlers it is meant to cover', () => {
    expect([...new Set(rendered.map((r) => r.type))].sort()).toEqual([
      'Custom::AWSCDKCfnJson', 'Custom::AWSCDKOpenIdConnectProvider', 'Custom::CDKBucketDeployment', 'Custom::CloudwatchLogResourcePolicy',
      'Custom::CrossRegionExportReader', 'Custom::CrossRegionExportWriter', 'Custom::DeleteExistingRecordSet', 'Custom::LogRetention',
      'Custom::OpenSearchAccessPolicy', 'Custom::S3AutoDeleteObjects', 'Custom::S3BucketNotifications', 'Custom::VpcRestrictDefaultSG',
    ]);
  });

  test.each(rendered.map((r) => [r.type, r] as const))('recognizes %s by its rendered shape', (_type, r) => {
    expect(cdkHandler(r, r.variants()[0].value)).toBeDefined();
  });

  test('passes every one of them: their effect is known (no CustomResourceEffectKnown finding)', () => {
    expect(templates.flatMap((t) => evaluateTemplate(t)).filter((f) => f.ruleId === 'HealthData-CustomResourceEffectKnown').map((f) => f.detail)).toEqual([]);
  });

  test('every harmless or judged handler type is recognized by the Guard twin as well', () => {
    const guard = fs.readFileSync(path.join(__dirname, '..', '..', 'policies', 'cloudformation', 'CustomResourceEffectKnown.guard'), 'utf8');
    for (const h of CDK_HANDLERS.filter((x) => x.types)) {
      for (const t of h.types!) expect(guard).toContain(`"${t}"`);
      // The function id pattern, or the provider name inside a grouped Guard pattern.
      for (const p of h.functionPrefixes) expect(guard).toContain(p.replace(/^Custom(?=[A-Z])/, '').replace(/CustomResourceProviderHandler$/, ''));
    }
  });
});

describe('AwsCustomResource calls', () => {
  test('SDK v2 and v3 spellings name the same API', () => {
    expect(normalizeApi('S3', 'putBucketPolicy')).toBe('s3:putbucketpolicy');
    expect(normalizeApi('@aws-sdk/client-s3', 'PutBucketPolicyCommand')).toBe('s3:putbucketpolicy');
    expect(normalizeApi('CloudWatchLogs', 'putResourcePolicy')).toBe('logs:putresourcepolicy');
    expect(normalizeApi('@aws-sdk/client-cloudwatch-logs', 'PutResourcePolicyCommand')).toBe('logs:putresourcepolicy');
    expect(normalizeApi('OpenSearch', 'updateDomainConfig')).toBe('opensearch:updatedomainconfig');
  });

  test('a call that is not JSON, or only known at deploy time, is a problem, not a pass', () => {
    const { calls, problems } = sdkCalls({ Create: 'not json', Update: '{"service":"S3"}' });
    expect(calls).toEqual([]);
    expect(problems.map((p) => `${p.on} ${p.problem}`)).toEqual([
      'Create cannot be read as a JSON SDK call',
      'Update does not name a literal service and action',
    ]);
  });
});
