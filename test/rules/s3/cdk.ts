/** Templates as CDK really synthesizes them, for the "shape CDK emits" cases of the S3 rule tests. */
import { App, DefaultStackSynthesizer, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { Json } from '../../support/harness';

export function cdkTemplate(build: (stack: Stack) => void): Json {
  const app = new App();
  const stack = new Stack(app, 'Stack', { synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }) });
  build(stack);
  return Template.fromStack(stack).toJSON() as Json;
}

/** Logical ids of the resources of a type in a synthesized template. */
export function idsOfType(template: Json, type: string): string[] {
  return Object.entries(template.Resources as Record<string, Json>).filter(([, r]) => r.Type === type).map(([id]) => id);
}
