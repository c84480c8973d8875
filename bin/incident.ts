#!/usr/bin/env node
/**
 * The 1177 incident (Sweden, 2019) in CDK: 2.7 million recorded calls to a health
 * line on a file server reachable from the internet, no password, plain HTTP,
 * unencrypted, kept since 2013. Synthesizing this app must FAIL:
 *
 *   npx cdk synth -a "npx ts-node --prefer-ts-exts --transpile-only bin/incident.ts"
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { HealthDataChecks } from '../lib/packs/health-data-checks';

export function buildIncident(app: App): Stack {
  const stack = new Stack(app, 'Incident1177', { env: { account: '111111111111', region: 'eu-north-1' } });

  // A network with a route to the internet and public IPs for whatever starts in it.
  const vpc = new ec2.CfnVPC(stack, 'Vpc', { cidrBlock: '10.0.0.0/16' });
  const igw = new ec2.CfnInternetGateway(stack, 'Igw');
  new ec2.CfnVPCGatewayAttachment(stack, 'IgwAttachment', { vpcId: vpc.ref, internetGatewayId: igw.ref });
  const subnet = new ec2.CfnSubnet(stack, 'PublicSubnet', { vpcId: vpc.ref, cidrBlock: '10.0.0.0/24', mapPublicIpOnLaunch: true });

  // The file server: HTTP open to the world, no authentication in front of it.
  const sg = new ec2.CfnSecurityGroup(stack, 'FileServerSg', {
    vpcId: vpc.ref,
    groupDescription: 'NAS web interface',
    securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 80, toPort: 80, cidrIp: '0.0.0.0/0' }],
  });
  new ec2.CfnInstance(stack, 'FileServer', {
    imageId: 'ami-0123456789abcdef0',
    instanceType: 't3.medium',
    networkInterfaces: [{ deviceIndex: '0', subnetId: subnet.ref, associatePublicIpAddress: true, groupSet: [sg.ref] }],
    blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 50, encrypted: false } }],
  });
  // The recordings volume: unencrypted.
  new ec2.CfnVolume(stack, 'RecordingsVolume', { availabilityZone: 'eu-north-1a', size: 2000, encrypted: false });

  // A copy of the recordings in S3: no TLS enforcement, no customer key, no retention.
  new s3.CfnBucket(stack, 'RecordingsCopy', {});
  return stack;
}

if (require.main === module) {
  const app = new App();
  buildIncident(app);
  Validations.of(app).addPlugins(
    new HealthDataChecks(app),
    new HIPAASecurityChecks(app),
    new NIST80053R5Checks(app),
    new AwsSolutionsChecks(app),
    new CfnGuardValidator({ controlTowerRulesEnabled: true }),
  );
  app.synth();
}
