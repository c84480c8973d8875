import { describeRule, tpl } from '../../support/harness';
import { FREE, IS_PROD } from '../rds/common';
import { cdkRedshift, rsCluster } from './common';

describeRule('HealthData-RedshiftClusterEncrypted', {
  pass: {
    'Encrypted true': tpl({ W: rsCluster({ Encrypted: true }) }),
    'Encrypted "true" with a customer-managed key': tpl({ K: { Type: 'AWS::KMS::Key', Properties: {} }, W: rsCluster({ Encrypted: 'true', KmsKeyId: { Ref: 'K' } }) }),
    'the shape CDK CfnCluster writes with encrypted: true': cdkRedshift({ encrypted: true }),
  },
  fail: {
    'Encrypted absent: the template does not state encryption at rest': tpl({ W: rsCluster({}) }),
    'Encrypted false keeps the warehouse and its snapshots in the clear': tpl({ W: rsCluster({ Encrypted: false }) }),
    'Encrypted from a parameter without AllowedValues (token)': tpl({ W: rsCluster({ Encrypted: { Ref: 'Enc' } }) }, FREE('Enc', 'true')),
    'Encrypted imported from another stack': tpl({ W: rsCluster({ Encrypted: { 'Fn::ImportValue': 'Enc' } }) }),
    'Fn::If with an unencrypted branch': tpl({ W: rsCluster({ Encrypted: { 'Fn::If': ['IsProd', true, false] } }) }, IS_PROD),
    'the shape CDK CfnCluster writes without encrypted': cdkRedshift({}),
  },
});
