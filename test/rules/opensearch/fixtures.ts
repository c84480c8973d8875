import { App, DefaultStackSynthesizer, Stack, aws_ec2 as ec2, aws_opensearchservice as os } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { Json } from '../../support/harness';

export const domain = (props: Record<string, unknown>, type = 'AWS::OpenSearchService::Domain') => ({
  Type: type,
  Properties: { EngineVersion: 'OpenSearch_2.11', ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 2 }, ...props },
});

export const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

/** A template as CDK synthesizes it. */
export function synth(build: (stack: Stack) => void): Json {
  const app = new App();
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' }, synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }) });
  build(stack);
  return Template.fromStack(stack).toJSON() as Json;
}

/** The domain CDK builds from its L2 defaults plus `props`. */
export function cdkDomain(props: Partial<os.DomainProps> = {}, inVpc = false): Json {
  return synth((s) => {
    const vpc = inVpc
      ? ec2.Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'], isolatedSubnetIds: ['subnet-1'] })
      : undefined;
    new os.Domain(s, 'Domain', {
      version: os.EngineVersion.OPENSEARCH_2_11,
      capacity: { multiAzWithStandbyEnabled: false },
      ...(vpc ? { vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] } : {}),
      ...props,
    });
  });
}

/** Logical ids of the domains in a synthesized template (CDK adds a hash). */
export function domainIds(t: Json): string[] {
  return Object.entries(t.Resources as Record<string, Json>).filter(([, r]) => r.Type === 'AWS::OpenSearchService::Domain').map(([id]) => id);
}
