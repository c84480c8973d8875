import * as neptune from 'aws-cdk-lib/aws-neptune';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';

const inst = (extra: Record<string, unknown>) => ({ Type: 'AWS::Neptune::DBInstance', Properties: { DBInstanceClass: 'db.r6g.large', DBClusterIdentifier: 'graph', ...extra } });
const cdkInst = (publiclyAccessible?: boolean) => cdkTemplate((s) => {
  new neptune.CfnDBInstance(s, 'Node', { dbInstanceClass: 'db.r6g.large', ...(publiclyAccessible === undefined ? {} : { publiclyAccessible }) });
});

describeRule('HealthData-NeptuneInstanceNotPublic', {
  pass: {
    'PubliclyAccessible false': tpl({ N: inst({ PubliclyAccessible: false }) }),
    'PubliclyAccessible absent: public endpoints are off by default': tpl({ N: inst({}) }),
    'the shape CDK CfnDBInstance writes by default': cdkInst(),
  },
  fail: {
    'PubliclyAccessible true opens a public endpoint to the graph': tpl({ N: inst({ PubliclyAccessible: true }) }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl({ N: inst({ PubliclyAccessible: { Ref: 'Pub' } }) }, FREE('Pub', 'false')),
    'PubliclyAccessible imported from another stack': tpl({ N: inst({ PubliclyAccessible: { 'Fn::ImportValue': 'Pub' } }) }),
    'Fn::If with a public branch (absent in the other)': tpl({ N: inst({ PubliclyAccessible: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, true] } }) }, IS_PROD),
    'the shape CDK CfnDBInstance writes with publiclyAccessible: true': cdkInst(true),
  },
});
