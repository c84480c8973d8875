import type { Resource } from '../../template/template';
import { bool, describe, get } from '../../template/values';
import { appliedBucketCalls } from '../../template/custom-resources';
import { at, mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

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
export default function S3BucketPublicAccessBlocked(bucket: Resource): RuleFinding[] {
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
