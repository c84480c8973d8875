import type { Resource } from '../../template/template';
import { get } from '../../template/values';
import { absent, at, mustUseCustomerManagedKey, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The backup vault encrypts recovery points with a customer-managed KMS key (EncryptionKeyArn). */
export default function BackupVaultCustomerKeyEncrypted(vault: Resource): RuleFinding[] {
  return perVariant(vault, (props) => {
    if (get(props, 'EncryptionKeyArn') === undefined) {
      return { path: at('EncryptionKeyArn'), problem: 'must name a customer-managed KMS key', found: absent('a key AWS Backup chooses (aws/backup), which the customer cannot control or revoke') };
    }
    return mustUseCustomerManagedKey(vault.template, props, 'EncryptionKeyArn');
  });
}
