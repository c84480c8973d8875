import type { TemplateResource } from '../../template/template';
import { bool, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, customerManagedKeyProblem, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::StorageGateway::NFSFileShare', 'AWS::StorageGateway::SMBFileShare', 'AWS::StorageGateway::Volume', 'AWS::StorageGateway::Tape'],
  title: 'The file share, volume or tape is encrypted with a customer-managed KMS key: KMS encryption is selected (EncryptionType SseKms/DsseKms or KMSEncrypted true) and KMSKey names the key.',
  rationale: 'By default Storage Gateway stores the data in S3 under S3-managed keys: nobody outside AWS controls who may decrypt the recordings, and access cannot be revoked or audited per key.',
  fix: "File shares: set EncryptionType: SseKms (or DsseKms) and KMSKey to a customer-managed key; volumes and tapes: KMSEncrypted: true and KMSKey (CDK: CfnNFSFileShare encryptionType: 'SseKms', kmsKey: key.keyArn).",
  notes: 'Verified: KMSEncrypted false or absent selects SSE-S3 (a key managed by S3); KMSEncrypted is deprecated in favour of EncryptionType (SseS3 | SseKms | DsseKms) on file shares, and KMSKey must be set with SseKms/DsseKms. EncryptionType, when present, decides; otherwise KMSEncrypted must be true. The key must be proven customer-managed (a KMS key of the template, a key ARN or a non-aws/ alias). CloudFormation types found in aws-cdk-lib 2.276: NFSFileShare, SMBFileShare, Volume, Tape, TapePool; there is no gateway resource type.',
  evaluate,
});

/** Encryption types that use a KMS key (file shares); SseS3 is the default, with S3-managed keys. */
const KMS_TYPES = ['SseKms', 'DsseKms'];

/**
 * The gateway's data in AWS is encrypted with a customer-managed KMS key: KMS
 * encryption is selected (`EncryptionType` SseKms/DsseKms on file shares, or
 * `KMSEncrypted` true) and `KMSKey` names a customer-managed key. Without them,
 * Storage Gateway uses keys managed by S3.
 */
function evaluate(resource: TemplateResource): RuleFinding[] {
  const hasEncryptionType = resource.type === 'AWS::StorageGateway::NFSFileShare' || resource.type === 'AWS::StorageGateway::SMBFileShare';
  return perVariant(resource, (props) => {
    const out: RuleFinding[] = [];
    const type = hasEncryptionType ? get(props, 'EncryptionType') : undefined;
    if (type !== undefined) {
      if (!KMS_TYPES.includes(str(type) ?? '')) {
        out.push({ path: at('EncryptionType'), problem: `must be ${isUnknown(type) ? 'provably ' : ''}"SseKms" or "DsseKms"`, found: describe(type) });
      }
    } else {
      const enc = get(props, 'KMSEncrypted');
      if (bool(enc) !== true) {
        out.push({
          path: at(hasEncryptionType ? 'EncryptionType' : 'KMSEncrypted'),
          problem: hasEncryptionType ? 'must select KMS encryption (EncryptionType SseKms or DsseKms, or KMSEncrypted true)' : `must be ${isUnknown(enc) ? 'provably ' : ''}true`,
          found: enc === undefined ? absent('S3-managed keys (SSE-S3)') : `KMSEncrypted ${describe(enc)}`,
        });
      }
    }
    const key = get(props, 'KMSKey');
    const keyProblem = customerManagedKeyProblem(resource.template, key);
    if (keyProblem) out.push({ path: at('KMSKey'), problem: `must name a customer-managed KMS key: ${keyProblem}`, found: describe(key) });
    return out;
  });
}
