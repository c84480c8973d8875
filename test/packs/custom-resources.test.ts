/**
 * Issue 9, item 3, on the path the user takes: real aws-cdk-lib constructs whose security
 * configuration is applied by a custom resource, synthesized with the pack registered, then the
 * synthesized cloud assembly scanned by both engines (the CI step).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CustomResource } from 'aws-cdk-lib';
import * as cr from 'aws-cdk-lib/custom-resources';
import { HealthDataChecks } from '../../lib';
import { foundBy } from '../../lib/engine/evaluate';
import { scanPaths } from '../../lib/scan/scan';

const OPEN = 'HealthData-OpenSearchDomainAccessPolicyNotPublic';
const KNOWN = 'HealthData-CustomResourceEffectKnown';
const NOT_PUBLIC = 'HealthData-CustomResourceNotPublic';

/** Synthesize `build` with the pack; returns the error message (or '') and the cloud assembly folder. */
function synthWithPack(build: (stack: Stack) => void): { error: string; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-cr-'));
  const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
  build(new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' } }));
  Validations.of(app).addPlugins(new HealthDataChecks(app));
  try {
    app.synth();
    return { error: '', outdir };
  } catch (e) {
    return { error: (e as Error).message, outdir };
  }
}

/** Rule ids the pack reported at synth, from the validation report. */
function packRules(outdir: string): string[] {
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
  const ids = (report.pluginReports ?? []).flatMap((p: { violations?: Array<{ ruleName: string }> }) => (p.violations ?? []).map((v) => v.ruleName));
  return [...new Set<string>(ids)].sort();
}

/** Rule ids each engine reports when the synthesized template is scanned. */
function scanRules(outdir: string): { rules: string[]; guard: string[] } {
  const template = fs.readdirSync(outdir).filter((f) => f.endsWith('.template.json')).map((f) => path.join(outdir, f));
  const result = scanPaths(template, { engine: 'all' });
  const of = (engine: string) => [...new Set(result.files.flatMap((f) => f.findings).filter((f) => foundBy(f, engine as 'rules' | 'guard')).map((f) => f.ruleId))].sort();
  return { rules: of('rules'), guard: of('guard') };
}

const anyone = new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['es:*'], resources: ['*'] });

describe('custom resources on the real path (issue 9, item 3)', () => {
  test('fails: opensearch.Domain accessPolicies allowing AnyPrincipal es:* (rendered as Custom::OpenSearchAccessPolicy)', () => {
    const { error, outdir } = synthWithPack((s) => {
      new opensearch.Domain(s, 'Search', { version: opensearch.EngineVersion.OPENSEARCH_2_11, accessPolicies: [anyone] });
    });
    const template = JSON.parse(fs.readFileSync(path.join(outdir, 'S.template.json'), 'utf8'));
    expect(Object.values(template.Resources).map((r) => (r as { Type: string }).Type)).toContain('Custom::OpenSearchAccessPolicy');
    expect(error).toMatch(/HealthData-OpenSearchDomainAccessPolicyNotPublic\] AWS::OpenSearchService::Domain '.*': Properties\.AccessPolicies\.Statement\[0\]\.Principal \(as set after deploy by Custom::OpenSearchAccessPolicy/);
    expect(packRules(outdir)).toContain(OPEN);
    const scanned = scanRules(outdir);
    expect(scanned.rules).toContain(OPEN);
    expect(scanned.guard).toContain(OPEN);
    // The access policy custom resource itself is recognized: the domain rule judges what it applies.
    expect(scanned.rules).not.toContain(KNOWN);
  });

  test('passes the access policy rule: a domain whose policy names one role', () => {
    const { outdir } = synthWithPack((s) => {
      const role = new iam.Role(s, 'App', { assumedBy: new iam.AccountRootPrincipal() });
      new opensearch.Domain(s, 'Search', {
        version: opensearch.EngineVersion.OPENSEARCH_2_11,
        accessPolicies: [new iam.PolicyStatement({ principals: [role], actions: ['es:ESHttpGet'], resources: ['*'] })],
      });
    });
    expect(packRules(outdir)).not.toContain(OPEN);
    expect(scanRules(outdir).rules).not.toContain(OPEN);
    expect(scanRules(outdir).rules).not.toContain(KNOWN);
  });

  /** A bucket locked down in the template, then opened by an AwsCustomResource that puts a public bucket policy. */
  const openUp = (s: Stack): cr.AwsCustomResource => {
    const bucket = new s3.Bucket(s, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true });
    return new cr.AwsCustomResource(s, 'OpenUp', {
      onCreate: {
        service: 'S3',
        action: 'putBucketPolicy',
        parameters: { Bucket: bucket.bucketName, Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket.bucketArn}/*` }] }) },
        physicalResourceId: cr.PhysicalResourceId.of('open'),
      },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [bucket.bucketArn] }),
      installLatestAwsSdk: false,
    });
  };

  test('fails: an AwsCustomResource that puts a public bucket policy (public: CustomResourceNotPublic; policy replaced: CustomResourceEffectKnown)', () => {
    const { error, outdir } = synthWithPack((s) => { openUp(s); });
    expect(error).toMatch(/HealthData-CustomResourceNotPublic\] Custom::AWS '.*': Properties\.Create\.parameters\.Policy\.Statement\[0\]\.Principal \(put after deploy by S3 putBucketPolicy on .*\) allows any principal/);
    expect(error).toMatch(/HealthData-CustomResourceEffectKnown\] Custom::AWS '.*': Properties\.Create calls S3 putBucketPolicy on .*: it replaces the bucket policy after deploy/);
    expect(packRules(outdir)).toEqual(expect.arrayContaining([KNOWN, NOT_PUBLIC]));
    expect(scanRules(outdir)).toEqual(expect.objectContaining({ rules: expect.arrayContaining([KNOWN, NOT_PUBLIC]), guard: expect.arrayContaining([KNOWN, NOT_PUBLIC]) }));
  });

  test('fails: acknowledging the public bucket policy of an AwsCustomResource is refused, while its CustomResourceEffectKnown finding can be acknowledged', () => {
    let app: App | undefined;
    const { error } = synthWithPack((s) => {
      const open = openUp(s);
      Validations.of(open).acknowledge({ id: KNOWN, reason: 'reviewed: replaces the bucket policy of Data' });
      Validations.of(open).acknowledge({ id: NOT_PUBLIC, reason: 'the recordings are meant to be public' });
      app = s.node.root as App;
    });
    expect(error).toMatch(/FATAL \[HealthData-CustomResourceNotPublic\] .*The acknowledgment does not count: HealthData-CustomResourceNotPublic can never be acknowledged/);
    const report = new HealthDataChecks(app!).validateScope(app!);
    const of = (id: string) => report.violations.filter((v) => v.ruleName === id).map((v) => [v.severity, v.violatingResources.map((r) => r.constructPath)]);
    expect(of(NOT_PUBLIC)).toEqual([['fatal', ['S/OpenUp/Resource/Default']]]);
    expect(of(KNOWN)).toEqual([]);
    expect(report.success).toBe(false);
  });

  test('fails: an unknown Lambda-backed custom resource', () => {
    const { error, outdir } = synthWithPack((s) => {
      const fn = new lambda.Function(s, 'Tweak', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => ({})') });
      new CustomResource(s, 'Tweaker', { serviceToken: fn.functionArn, resourceType: 'Custom::BucketTweak' });
    });
    expect(error).toMatch(/HealthData-CustomResourceEffectKnown\] Custom::BucketTweak '.*': Properties\.ServiceToken is not a recognized aws-cdk-lib handler/);
    expect(scanRules(outdir)).toEqual(expect.objectContaining({ rules: expect.arrayContaining([KNOWN]), guard: expect.arrayContaining([KNOWN]) }));
  });

  test('passes: a bucket with autoDeleteObjects (a known CDK handler)', () => {
    const { outdir } = synthWithPack((s) => {
      new s3.Bucket(s, 'Scratch', { autoDeleteObjects: true, removalPolicy: RemovalPolicy.DESTROY });
    });
    expect(packRules(outdir)).not.toContain(KNOWN);
    const scanned = scanRules(outdir);
    expect(scanned.rules).not.toContain(KNOWN);
    expect(scanned.guard).not.toContain(KNOWN);
    // Its bucket policy grants only the handler's role: not public.
    expect(scanned.rules).not.toContain('HealthData-S3BucketPolicyNotPublic');
  });
});
