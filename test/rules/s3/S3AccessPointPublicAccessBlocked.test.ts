import { describeRule, tpl } from '../../support/harness';

const BLOCK_ALL = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
const ap = (props: Record<string, unknown>) => ({ Type: 'AWS::S3::AccessPoint', Properties: { Bucket: 'recordings', ...props } });
const mrap = (props: Record<string, unknown>) => ({ Type: 'AWS::S3::MultiRegionAccessPoint', Properties: { Regions: [{ Bucket: 'recordings' }], ...props } });

describeRule('HealthData-S3AccessPointPublicAccessBlocked', {
  pass: {
    'no configuration (S3 blocks all public access on new access points)': tpl({ Ap: ap({}) }),
    'all four settings true, as strings': tpl({ Ap: ap({ PublicAccessBlockConfiguration: { BlockPublicAcls: 'true', BlockPublicPolicy: 'true', IgnorePublicAcls: 'true', RestrictPublicBuckets: 'true' } }) }),
    'a Multi-Region Access Point without a configuration': tpl({ Mrap: mrap({}) }),
    'an Internet-origin access point that blocks public access': tpl({ Ap: ap({ NetworkOrigin: 'Internet', PublicAccessBlockConfiguration: BLOCK_ALL }) }),
  },
  fail: {
    'RestrictPublicBuckets false lets a public access point policy through': tpl({ Ap: ap({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, RestrictPublicBuckets: false } }) }),
    'a written configuration with BlockPublicPolicy absent (false once a configuration is given)': tpl({
      Ap: ap({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, RestrictPublicBuckets: true } }),
    }),
    'a setting from a parameter without AllowedValues (token)': tpl(
      { Ap: ap({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, BlockPublicPolicy: { Ref: 'Block' } } }) },
      { Parameters: { Block: { Type: 'String' } } },
    ),
    'Fn::If with a branch that switches the block off': tpl(
      { Ap: ap({ PublicAccessBlockConfiguration: { 'Fn::If': ['Open', { ...BLOCK_ALL, IgnorePublicAcls: false }, BLOCK_ALL] } }) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { Open: { 'Fn::Equals': [{ Ref: 'Env' }, 'demo'] } } },
    ),
    'a Multi-Region Access Point with the block off': tpl({ Mrap: mrap({ PublicAccessBlockConfiguration: { ...BLOCK_ALL, BlockPublicPolicy: false } }) }),
  },
});
