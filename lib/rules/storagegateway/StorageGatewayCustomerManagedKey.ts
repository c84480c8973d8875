import type { Resource } from '../../template/template';
import { bool, describe, get, isUnknown, str } from '../../template/values';
import { absent, at, customerManagedKeyProblem, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Encryption types that use a KMS key (file shares); SseS3 is the default, with S3-managed keys. */
const KMS_TYPES = ['SseKms', 'DsseKms'];

/**
 * The gateway's data in AWS is encrypted with a customer-managed KMS key: KMS
 * encryption is selected (`EncryptionType` SseKms/DsseKms on file shares, or
 * `KMSEncrypted` true) and `KMSKey` names a customer-managed key. Without them,
 * Storage Gateway uses keys managed by S3.
 */
export default function StorageGatewayCustomerManagedKey(resource: Resource): RuleFinding[] {
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
