import type { TemplateResource } from '../../template/template';
import { bool, describe, get } from '../../template/values';
import { appliedBucketCalls } from '../../template/custom-resources';
import { at, mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::S3::Bucket'],
  title: 'The bucket blocks public access: all four PublicAccessBlockConfiguration settings are true.',
  rationale: 'Without the block, a single ACL or bucket policy can publish health data to the internet.',
  fix: "Set PublicAccessBlockConfiguration BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true (CDK: blockPublicAccess: BlockPublicAccess.BLOCK_ALL).",
  notes: 'Verified: since April 2023 S3 turns all four settings on (and ACLs off) for every bucket it creates, CloudFormation included, so a new bucket without PublicAccessBlockConfiguration starts blocked. Absence is still a finding: the default holds only for a bucket created since then, not for one created earlier or brought in by resource import, and a block turned off outside the template (console, API) is not restored by it; only a stated block is reviewed with the code and visible to the checks. The account-level block is a separate setting, also invisible in the template. The block after deploy is judged too: an AwsCustomResource call on the bucket (Bucket parameter naming it by Ref or literal name) that deletes the block, sets a setting other than true, or cannot be read is a finding (lib/template/custom-resources.ts appliedBucketCalls).',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard cannot read an AwsCustomResource call (JSON text inside an Fn::Join): a bucket that any custom resource call names with Ref fails, even a read-only call; the rule reads the call and flags only one that deletes or weakens the block.',
  },
  evaluate,
});

const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/**
 * S3 turns the block on for buckets it creates since April 2023, but a template that leaves it out
 * does not ensure it (see the catalog notes), so absence is a finding.
 */
const UNSTATED = 'true only for a bucket S3 created since April 2023: not for an older or imported one, and not restored if turned off outside the template';

/**
 * All four public access block settings of a bucket are true, in the template and after deploy:
 * an AwsCustomResource that deletes or weakens the bucket's block (or whose call on the bucket
 * cannot be read) is a finding here too.
 */
function evaluate(bucket: TemplateResource): RuleFinding[] {
  const afterDeploy = appliedBucketCalls(bucket).flatMap((a): RuleFinding[] => {
    const by = `(after deploy, ${a.by.type} '${a.by.logicalId}' ${a.on})`;
    const branches = a.branches.length ? { branches: a.branches } : {};
    if (!a.call) return [{ path: at('PublicAccessBlockConfiguration'), problem: `${by} cannot be proven to leave the block in place: ${a.problem}`, ...branches }];
    const action = a.call.api.split(':')[1];
    if (action === 'deletepublicaccessblock') {
      return [{ path: at('PublicAccessBlockConfiguration'), problem: `${by} is removed by ${a.call.action}`, ...branches }];
    }
    if (action !== 'putpublicaccessblock') return [];
    const config = get(a.call.parameters, 'PublicAccessBlockConfiguration');
    return SETTINGS.filter((s) => bool(get(config, s)) !== true).map((s) => ({
      path: at(`PublicAccessBlockConfiguration.${s}`),
      problem: `${by} is set by ${a.call!.action} to a value that is not true`,
      found: describe(get(config, s)),
      ...branches,
    }));
  });
  return [
    ...perVariant(bucket, (props) => SETTINGS.map((s) => mustBe(props, `PublicAccessBlockConfiguration.${s}`, true, { defaultText: UNSTATED }))),
    ...afterDeploy,
  ];
}
