import type { Resource } from '../../template/template';
import { mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Broker data volumes are encrypted with a customer-managed KMS key: `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId`. */
export default function MskClusterCustomerKeyEncrypted(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) =>
    mustUseCustomerManagedKey(cluster.template, props, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'));
}
