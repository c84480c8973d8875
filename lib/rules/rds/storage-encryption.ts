/**
 * Storage encryption of an RDS instance or cluster, including what a read
 * replica, clone or point-in-time restore inherits from its source when the
 * source is a resource of this template. Shared by RdsInstanceStorageEncrypted
 * and RdsClusterStorageEncrypted. Not a rule.
 */
import type { TemplateResource } from '../../template/template';
import { bool, describe, isUnknown } from '../../template/values';
import { absent, at } from '../check';
import type { RuleFinding } from '../rule';

type Props = Record<string, unknown>;

export interface InheritOptions {
  /** Properties naming a source database whose encryption the new one inherits (e.g. SourceDBInstanceIdentifier). */
  readonly sourceProps: readonly string[];
  /** Types the source may be, to follow it inside the template. */
  readonly sourceTypes: readonly string[];
  /** Properties naming a snapshot the database is restored from. */
  readonly snapshotProps: readonly string[];
}

/** Why `props` do not prove encrypted storage, or `undefined` when they do. */
export function storageEncryptionFinding(db: TemplateResource, props: Props, opts: InheritOptions, seen: Set<string> = new Set()): RuleFinding | undefined {
  const v = props.StorageEncrypted;
  if (bool(v) === true) return undefined;
  if (v !== undefined) {
    return { path: at('StorageEncrypted'), problem: isUnknown(v) ? 'must be provably true' : 'must be true', found: describe(v) };
  }
  for (const p of opts.sourceProps) {
    const src = props[p];
    if (src === undefined) continue;
    const target = db.template.target(src);
    if (target && opts.sourceTypes.includes(target.type) && !seen.has(target.logicalId)) {
      seen.add(db.logicalId);
      const bad = target.variants().map((tv) => storageEncryptionFinding(target, tv.value, opts, seen)).find(Boolean);
      if (!bad) return undefined;
      return { path: at('StorageEncrypted'), problem: 'must be true', found: `absent (inherited from ${target.logicalId} through ${p}, whose storage is not proven encrypted: ${bad.found ?? bad.problem})` };
    }
    return { path: at('StorageEncrypted'), problem: 'must be true', found: `absent (inherited from the source ${describe(src)} named in ${p}, which this template does not show)` };
  }
  for (const p of opts.snapshotProps) {
    const snap = props[p];
    if (snap === undefined) continue;
    return { path: at('StorageEncrypted'), problem: 'must be true', found: `absent (inherited from the snapshot ${describe(snap)} named in ${p}, whose encryption this template does not show)` };
  }
  return { path: at('StorageEncrypted'), problem: 'must be true', found: absent('false: stored unencrypted') };
}
