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

/** The singleton function CDK renders for every AwsCustomResource of a stack. */
export const awsCustomResourceFunction = {
  AWS679f53fac002430cb0da5b7982bd22872D164C4C: {
    Type: 'AWS::Lambda::Function',
    Properties: { Handler: 'index.handler', Runtime: 'nodejs24.x', Role: 'arn:aws:iam::111122223333:role/cr', Code: { ZipFile: 'x' } },
  },
};

/**
 * A `Custom::OpenSearchAccessPolicy` as CDK renders it for `Domain` `accessPolicies`: an
 * AwsCustomResource whose Create and Update calls are JSON joined around `{ Ref: domain }`, with
 * the access policy itself as JSON text inside the call.
 */
export function accessPolicyResource(domainId: string, policy: unknown, type = 'Custom::OpenSearchAccessPolicy'): Record<string, unknown> {
  const text = JSON.stringify(JSON.stringify(policy));
  const api = type === 'Custom::ElasticsearchAccessPolicy' ? '"action":"updateElasticsearchDomainConfig","service":"ES"' : '"action":"updateDomainConfig","service":"OpenSearch"';
  const call = {
    'Fn::Join': ['', [
      `{${api},"parameters":{"DomainName":"`,
      { Ref: domainId },
      `","AccessPolicies":${text}},"outputPaths":["DomainConfig.AccessPolicies"],"physicalResourceId":{"id":"`,
      { Ref: domainId },
      'AccessPolicy"}}',
    ]],
  };
  return {
    Type: type,
    Properties: { ServiceToken: { 'Fn::GetAtt': ['AWS679f53fac002430cb0da5b7982bd22872D164C4C', 'Arn'] }, Create: call, Update: call, InstallLatestAwsSdk: false },
  };
}
