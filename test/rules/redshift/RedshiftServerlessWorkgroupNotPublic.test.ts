import * as rss from 'aws-cdk-lib/aws-redshiftserverless';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';

const wg = (extra: Record<string, unknown>) => ({ Type: 'AWS::RedshiftServerless::Workgroup', Properties: { WorkgroupName: 'wg', NamespaceName: 'ns', ...extra } });
const cdkWorkgroup = (publiclyAccessible?: boolean) => cdkTemplate((s) => {
  new rss.CfnWorkgroup(s, 'Wg', { workgroupName: 'wg', namespaceName: 'ns', ...(publiclyAccessible === undefined ? {} : { publiclyAccessible }) });
});

describeRule('HealthData-RedshiftServerlessWorkgroupNotPublic', {
  pass: {
    'PubliclyAccessible false': tpl({ W: wg({ PubliclyAccessible: false }) }),
    'the shape CDK CfnWorkgroup writes with publiclyAccessible: false': cdkWorkgroup(false),
  },
  fail: {
    'PubliclyAccessible true puts the workgroup endpoint on the internet': tpl({ W: wg({ PubliclyAccessible: true }) }),
    'PubliclyAccessible absent: no documented default proves it private': tpl({ W: wg({}) }),
    'PubliclyAccessible from a parameter without AllowedValues (token)': tpl({ W: wg({ PubliclyAccessible: { Ref: 'Pub' } }) }, FREE('Pub')),
    'Fn::If with a public branch': tpl({ W: wg({ PubliclyAccessible: { 'Fn::If': ['IsProd', false, true] } }) }, IS_PROD),
    'the shape CDK CfnWorkgroup writes without publiclyAccessible': cdkWorkgroup(),
  },
});
