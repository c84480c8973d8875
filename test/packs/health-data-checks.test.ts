import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { HealthDataChecks } from '../../lib';

const RULE = 'HealthData-S3BucketPublicAccessBlocked';

function newApp(outdir?: string) {
  const app = new App({ builtinCloudFormationValidation: false, ...(outdir ? { outdir } : {}) } as never);
  return { app, stack: new Stack(app, 'Stack') };
}

/** (rule id, construct path) pairs for one rule. */
function flagged(app: App, ruleId = RULE): string[] {
  return new HealthDataChecks(app).validateScope(app).violations
    .filter((v) => v.ruleName === ruleId)
    .flatMap((v) => v.violatingResources.map((r) => r.constructPath!))
    .sort();
}

describe('HealthDataChecks judges what CloudFormation will receive', () => {
  test('fails: a property override turns off one public access block on an L2 bucket', () => {
    const { app, stack } = newApp();
    const bucket = new s3.Bucket(stack, 'Recordings', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
    expect(flagged(app)).toEqual([]);
    (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicPolicy', false);
    expect(flagged(app)).toEqual(['Stack/Recordings/Resource']);
  });

  test('fails: a raw CfnResource bucket with PublicRead and nothing else', () => {
    const { app, stack } = newApp();
    new CfnResource(stack, 'Raw', { type: 'AWS::S3::Bucket', properties: { AccessControl: 'PublicRead' } });
    expect(flagged(app)).toEqual(['Stack/Raw']);
  });

  test('fails: a bucket in a CfnInclude-d template', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hd-pack-')), 'legacy.json');
    fs.writeFileSync(file, JSON.stringify({ Resources: { Legacy: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'legacy-recordings' } } } }));
    const { app, stack } = newApp();
    new CfnInclude(stack, 'Included', { templateFile: file });
    expect(flagged(app)).toEqual(['Stack/Included/Legacy']);
  });

  test('each violation names its own resource, property path, value found, why and fix', () => {
    const { app, stack } = newApp();
    new CfnResource(stack, 'Raw', { type: 'AWS::S3::Bucket', properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: 'false' } } });
    const [v] = new HealthDataChecks(app).validateScope(app).violations.filter((x) => x.ruleName === RULE);
    expect(v.description).toMatch(/^\[HealthData-S3BucketPublicAccessBlocked\] AWS::S3::Bucket 'Raw': Properties\.PublicAccessBlockConfiguration\.RestrictPublicBuckets must be true \(found: "false"\)\./);
    expect(v.fix).toMatch(/BlockPublicAccess\.BLOCK_ALL/);
    expect(v.violatingResources[0].locations).toEqual(['Properties/PublicAccessBlockConfiguration/RestrictPublicBuckets']);
  });

  test('an acknowledged finding is not reported; the acknowledgment covers the construct subtree', () => {
    const { app, stack } = newApp();
    const bucket = new s3.Bucket(stack, 'Public', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
    new s3.Bucket(stack, 'Other', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
    Validations.of(bucket).acknowledge({ id: RULE, reason: 'test: public by design' });
    expect(flagged(app)).toEqual(['Stack/Other/Resource']);
  });

  test.each([RULE, `HealthData::${RULE}`])('synth passes when the only finding is acknowledged as %s', (id) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-synth-'));
    const { app, stack } = newApp(outdir);
    const bucket = new s3.Bucket(stack, 'Recordings', {
      encryptionKey: new kms.Key(stack, 'Key', { enableKeyRotation: true }),
      enforceSSL: true,
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true }),
    });
    Validations.of(app).addPlugins(new HealthDataChecks(app));
    const ids = () => new HealthDataChecks(app).validateScope(app).violations.map((v) => v.ruleName);
    expect(ids()).toEqual([RULE]);
    Validations.of(bucket).acknowledge({ id, reason: 'test: acknowledged with a reason' });
    expect(ids()).toEqual([]);
    expect(() => app.synth()).not.toThrow();
  });

  test('fails: app.synth() throws and writes the validation report', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-synth-'));
    const { app, stack } = newApp(outdir);
    new CfnResource(stack, 'Raw', { type: 'AWS::S3::Bucket', properties: {} });
    Validations.of(app).addPlugins(new HealthDataChecks(app));
    expect(() => app.synth()).toThrow(/HealthData-S3BucketPublicAccessBlocked] AWS::S3::Bucket 'Raw'/);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const text = JSON.stringify(report);
    expect(text).toContain(RULE);
    expect(text).toContain('Stack/Raw');
  });

  test('passes: app.synth() of a compliant app does not throw', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-synth-'));
    const { app, stack } = newApp(outdir);
    new CfnResource(stack, 'Handle', { type: 'AWS::CloudFormation::WaitConditionHandle' });
    Validations.of(app).addPlugins(new HealthDataChecks(app));
    expect(() => app.synth()).not.toThrow();
  });
});
