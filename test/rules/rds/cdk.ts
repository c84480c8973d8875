/**
 * Templates as CDK really writes them, for the database rule tests: build
 * constructs in a fresh stack and return its synthesized template.
 */
import { App, DefaultStackSynthesizer, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Json } from '../../support/harness';

/** Synthesize one stack built by `build` (a VPC is at hand). */
export function cdkTemplate(build: (stack: Stack, vpc: ec2.Vpc) => void): Json {
  const app = new App({ builtinCloudFormationValidation: false } as never);
  const stack = new Stack(app, 'Db', {
    env: { account: '111111111111', region: 'eu-north-1' },
    synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
  });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [
    { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  ] });
  build(stack, vpc);
  return app.synth().getStackByName(stack.stackName).template as Json;
}
