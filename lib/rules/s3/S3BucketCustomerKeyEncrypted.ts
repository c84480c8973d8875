import type { TemplateResource } from '../../template/template';
import { asArray, describe, get, isObject, isUnknown, str } from '../../template/values';
import { at, mustUseCustomerManagedKey, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::S3::Bucket'],
  title: 'The bucket\'s default encryption is SSE-KMS (aws:kms or aws:kms:dsse) with a customer-managed key in KMSMasterKeyID.',
  rationale: 'With SSE-S3 or the AWS-managed aws/s3 key, the owner cannot narrow or revoke access to the key, audit its use per principal or crypto-shred the data; health data needs a key the owner controls.',
  fix: 'Set BucketEncryption.ServerSideEncryptionConfiguration to [{ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms, KMSMasterKeyID: <key ARN or Ref of an AWS::KMS::Key>}, BucketKeyEnabled: true}] (CDK: encryption: BucketEncryption.KMS, encryptionKey: new kms.Key(...)).',
  notes: 'Verified: since 5 January 2023 every bucket without BucketEncryption encrypts new objects with SSE-S3 (S3-managed keys), so absence is not plaintext but is not customer-managed either and is a finding; aws:kms without KMSMasterKeyID uses the AWS-managed aws/s3 key and is a finding. Every rule of the configuration must comply. BucketKeyEnabled is not required: it reduces KMS calls and cost but does not change who controls the key.',
  evaluate,
});

const KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];

/**
 * Default encryption of the bucket is SSE-KMS (or DSSE-KMS) with a
 * customer-managed key, in every rule of ServerSideEncryptionConfiguration.
 * Absent means SSE-S3 (S3-managed keys), which the customer cannot control or revoke.
 */
function evaluate(bucket: TemplateResource): RuleFinding[] {
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

