#!/usr/bin/env node
/**
 * The reference app: a call-recording archive for a health line, with every
 * check registered. `npx cdk synth` must exit 0 with no findings.
 */
import { App, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { CallRecordingArchive } from '../lib/constructs';
import { healthDataGuardValidator } from '../lib/packs/guard-validator';
import { HealthDataChecks } from '../lib/packs/health-data-checks';

/** The reference deployment, without checks (tests register them the same way). */
export function buildApp(app: App): Stack {
  const stack = new Stack(app, 'CallRecordingArchive', {
    env: { account: '111111111111', region: 'eu-north-1' }, // placeholders: synth needs no lookups
    description: 'Call recordings of a health line: SFTP in from the call centre, encrypted, private, kept at most 3 years.',
  });

  const archive = new CallRecordingArchive(stack, 'Archive', {
    retention: Duration.days(3 * 365),
    callCentreCidrs: ['10.20.0.0/16'],
    uploaders: [{ userName: 'callcentre-upload', sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHealthLineCallCentreUploaderKeyExample' }],
  });
  const playback = new iam.Role(stack, 'PlaybackServiceRole', {
    assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'),
    description: 'Internal playback service: reads recordings through the VPC endpoint over TLS',
  });
  archive.addReader(playback);
  return stack;
}

/** Every check the project stands behind. */
export function addChecks(app: App): void {
  Validations.of(app).addPlugins(
    new HealthDataChecks(app),
    new HIPAASecurityChecks(app),
    new NIST80053R5Checks(app),
    new AwsSolutionsChecks(app),
    // Our Guard policies (policies/**), failing synth if one does not parse or cfn-guard breaks.
    healthDataGuardValidator(),
    new CfnGuardValidator({ controlTowerRulesEnabled: true }),
  );
}

if (require.main === module) {
  const app = new App();
  buildApp(app);
  addChecks(app);
  app.synth();
}
