/**
 * The customer-managed-key check shared by the database CMK rules (RDS, DocumentDB,
 * Neptune, Redshift): judged only where encryption itself is proven (otherwise the
 * encryption rule reports the resource, and its fix names the key), so one missing
 * setting is reported once. Not a rule.
 */
import type { TemplateResource } from '../template/template';
import { bool, get } from '../template/values';
import { mustUseCustomerManagedKey, perVariant } from './check';
import type { RuleFinding } from './rule';

export function customerKeyFindings(db: TemplateResource, encryptedProp: string, keyProp = 'KmsKeyId'): RuleFinding[] {
  return perVariant(db, (props) => {
    if (bool(get(props, encryptedProp)) !== true) return undefined;
    return mustUseCustomerManagedKey(db.template, props, keyProp);
  });
}
