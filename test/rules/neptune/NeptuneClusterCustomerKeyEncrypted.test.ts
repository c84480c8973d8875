import * as neptune from 'aws-cdk-lib/aws-neptune';
import { describeRule } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { cmkCases } from '../rds/cmk';

const graph = (p: Record<string, unknown>) => ({ Type: 'AWS::Neptune::DBCluster', Properties: { IamAuthEnabled: true, ...p } });

describeRule('HealthData-NeptuneClusterCustomerKeyEncrypted', cmkCases(graph, 'StorageEncrypted', {
  fail: { 'the shape CDK CfnDBCluster writes with storageEncrypted: true and no key': cdkTemplate((s) => new neptune.CfnDBCluster(s, 'G', { storageEncrypted: true })) },
}));
