import { describeRule } from '../../support/harness';
import { cmkCases } from '../rds/cmk';
import { cdkRedshift, rsCluster } from './common';

describeRule('HealthData-RedshiftClusterCustomerKeyEncrypted', cmkCases((p) => rsCluster(p), 'Encrypted', {
  fail: { 'the shape CDK CfnCluster writes with encrypted: true and no key': cdkRedshift({ encrypted: true }) },
}));
