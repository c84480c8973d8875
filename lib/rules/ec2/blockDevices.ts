/**
 * Shared by the block-device rules of instances, launch templates and launch
 * configurations: every EBS mapping must say Encrypted true, and a resource with
 * no mappings at all leaves its root volume to the AMI and the account default,
 * neither of which the template shows.
 */
import { bool, describe, isObject, isUnknown } from '../../template/values';
import { absent } from '../check';
import type { RuleFinding } from '../rule';

const DEFAULT = 'unencrypted unless the AMI snapshot is encrypted or the account turns on EBS encryption by default; neither is visible in the template';

/** Findings for the BlockDeviceMappings list at `path` (e.g. `Properties.BlockDeviceMappings`). */
export function blockDeviceFindings(list: unknown, path: string): RuleFinding[] {
  if (list === undefined || (Array.isArray(list) && list.length === 0)) {
    return [{ path, problem: 'must map the root volume (and every EBS volume) with Ebs.Encrypted true', found: absent(DEFAULT) }];
  }
  if (!Array.isArray(list)) {
    return [{ path, problem: `cannot prove the volumes are encrypted: ${isUnknown(list) ? list.reason : 'not a list'}`, found: describe(list) }];
  }
  const out: RuleFinding[] = [];
  list.forEach((m, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(m)) {
      out.push({ path: at, problem: 'cannot prove the volume is encrypted: the mapping cannot be resolved', found: describe(m) });
      return;
    }
    // Instance-store (VirtualName) and suppressed (NoDevice) mappings carry no EBS volume.
    if (m.Ebs === undefined) return;
    if (!isObject(m.Ebs)) {
      out.push({ path: `${at}.Ebs`, problem: 'cannot prove the volume is encrypted: Ebs cannot be resolved', found: describe(m.Ebs) });
      return;
    }
    const enc = m.Ebs.Encrypted;
    if (bool(enc) === true) return;
    out.push({
      path: `${at}.Ebs.Encrypted`,
      problem: enc === undefined || bool(enc) === false ? 'must be true' : 'must be provably true',
      found: enc === undefined ? absent(DEFAULT) : describe(enc),
    });
  });
  return out;
}
