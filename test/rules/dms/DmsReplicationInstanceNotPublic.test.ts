import * as dms from 'aws-cdk-lib/aws-dms';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';

const ri = (extra: Record<string, unknown>) => ({ Type: 'AWS::DMS::ReplicationInstance', Properties: { ReplicationInstanceClass: 'dms.t3.medium', ...extra } });
const cdkRi = (publiclyAccessible?: boolean) => cdkTemplate((s) => {
  new dms.CfnReplicationInstance(s, 'Ri', { replicationInstanceClass: 'dms.t3.medium', ...(publiclyAccessible === undefined ? {} : { publiclyAccessible }) });
});

describeRule('HealthData-DmsReplicationInstanceNotPublic', {
  pass: {
    'PubliclyAccessible false': tpl({ R: ri({ PubliclyAccessible: false }) }),
    'PubliclyAccessible "false" as a string': tpl({ R: ri({ PubliclyAccessible: 'false' }) }),
    'the shape CDK CfnReplicationInstance writes with publiclyAccessible: false': cdkRi(false),
  },
  fail: {
    'PubliclyAccessible absent: DMS gives the instance a public IP by default': tpl({ R: ri({}) }),
    'PubliclyAccessible true': tpl({ R: ri({ PubliclyAccessible: true }) }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl({ R: ri({ PubliclyAccessible: { Ref: 'Pub' } }) }, FREE('Pub', 'false')),
    'PubliclyAccessible imported from another stack': tpl({ R: ri({ PubliclyAccessible: { 'Fn::ImportValue': 'Pub' } }) }),
    'Fn::If with a branch that drops the setting': tpl({ R: ri({ PubliclyAccessible: { 'Fn::If': ['IsProd', false, { Ref: 'AWS::NoValue' }] } }) }, IS_PROD),
    'the shape CDK CfnReplicationInstance writes by default': cdkRi(),
  },
});
