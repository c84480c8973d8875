import * as neptune from 'aws-cdk-lib/aws-neptune';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';

const graph = (extra: Record<string, unknown>) => ({ Type: 'AWS::Neptune::DBCluster', Properties: { DBClusterIdentifier: 'graph', IamAuthEnabled: true, ...extra } });
const cdkGraph = (storageEncrypted?: boolean) => cdkTemplate((s) => {
  new neptune.CfnDBCluster(s, 'Graph', { iamAuthEnabled: true, ...(storageEncrypted === undefined ? {} : { storageEncrypted }) });
});

describeRule('HealthData-NeptuneClusterStorageEncrypted', {
  pass: {
    'StorageEncrypted true': tpl({ G: graph({ StorageEncrypted: true }) }),
    'StorageEncrypted "true" as a string': tpl({ G: graph({ StorageEncrypted: 'true' }) }),
    'the shape CDK CfnDBCluster writes with storageEncrypted: true': cdkGraph(true),
  },
  fail: {
    'StorageEncrypted absent: the graph is stored unencrypted': tpl({ G: graph({}) }),
    'StorageEncrypted false': tpl({ G: graph({ StorageEncrypted: false }) }),
    'StorageEncrypted from a parameter without AllowedValues (token)': tpl({ G: graph({ StorageEncrypted: { Ref: 'Enc' } }) }, FREE('Enc', 'true')),
    'StorageEncrypted imported from another stack': tpl({ G: graph({ StorageEncrypted: { 'Fn::ImportValue': 'Enc' } }) }),
    'Fn::If with an unencrypted branch': tpl({ G: graph({ StorageEncrypted: { 'Fn::If': ['IsProd', true, false] } }) }, IS_PROD),
    'the shape CDK CfnDBCluster writes without storageEncrypted': cdkGraph(),
  },
});
