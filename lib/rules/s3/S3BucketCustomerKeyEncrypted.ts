import type { Resource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown, str } from '../../template/values';
import { at, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

const KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];

/**
 * Default encryption of the bucket is SSE-KMS (or DSSE-KMS) with a
 * customer-managed key, in every rule of ServerSideEncryptionConfiguration.
 * Absent means SSE-S3 (S3-managed keys), which the customer cannot control or revoke.
 */
export default function S3BucketCustomerKeyEncrypted(bucket: Resource): RuleFinding[] {
  return perVariant(bucket, (props) => {
    const path = 'BucketEncryption.ServerSideEncryptionConfiguration';
    const rules = get(props, path);
    if (isUnknown(rules)) return { path: at(path), problem: 'must provably use SSE-KMS with a customer-managed key', found: describe(rules) };
    const list = asArray(rules);
    if (list.length === 0) {
      return { path: at(path), problem: 'must set SSE-KMS with a customer-managed key', found: 'absent (the default is SSE-S3 with S3-managed keys)' };
    }
    return list.flatMap((rule, i) => {
      const base = `${path}.${i}.ServerSideEncryptionByDefault`;
      const algo = get(rule, 'ServerSideEncryptionByDefault.SSEAlgorithm');
      const s = str(algo);
      if (s === undefined || !KMS_ALGORITHMS.includes(s)) {
        const problem = isUnknown(algo) ? 'must provably be aws:kms or aws:kms:dsse' : 'must be aws:kms or aws:kms:dsse';
        return [{ path: at(`${base}.SSEAlgorithm`), problem, found: algo === undefined ? 'absent (S3-managed keys)' : describe(algo) }];
      }
      return [mustUseCustomerManagedKey(bucket.template, isObject(rule) ? rule : {}, 'ServerSideEncryptionByDefault.KMSMasterKeyID')]
        .filter((f): f is RuleFinding => !!f)
        .map((f) => ({ ...f, path: at(`${base}.KMSMasterKeyID`) }));
    });
  });
}

