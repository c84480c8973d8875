/**
 * Small building blocks shared by the rules. Each compares with the secure
 * value (allow-list), treats absence as the service default, and reports an
 * unprovable value (parameter, import, unresolved intrinsic) as a finding that
 * says what could not be proven.
 */
import type { TemplateResource, TemplateModel } from '../template/template';
import { bool, describe, get, isReference, isUnknown, num, str } from '../template/values';
import type { RuleFinding } from './rule';

type Props = Record<string, unknown>;
type Maybe = RuleFinding | undefined | Array<RuleFinding | undefined>;

/**
 * Run `fn` on every possible rendering of the resource's properties (one per
 * `Fn::If` combination) and collect its findings, tagged with the branches that
 * lead to them. Identical findings from several renderings are reported once.
 */
export function perVariant(resource: TemplateResource, fn: (props: Props) => Maybe): RuleFinding[] {
  const variants = resource.variants();
  const out = new Map<string, { finding: RuleFinding; branches: readonly string[]; in: Set<number> }>();
  for (const [i, v] of variants.entries()) {
    const found = fn(v.value);
    for (const f of (Array.isArray(found) ? found : [found])) {
      if (!f) continue;
      const key = `${f.path}\u0000${f.problem}\u0000${f.found ?? ''}`;
      const seen = out.get(key);
      if (seen) seen.in.add(i);
      else out.set(key, { finding: f, branches: v.branches, in: new Set([i]) });
    }
  }
  // A finding every rendering has does not depend on a branch: name branches only when some rendering escapes it.
  return [...out.values()].map(({ finding: f, branches, in: where }) =>
    variants.length > 1 && where.size < variants.length && branches.length ? { ...f, branches: [...(f.branches ?? []), ...branches] } : f);
}

/** Path as reported: `Properties.<path>`. */
export function at(path: string): string {
  return path ? `Properties.${path}` : 'Properties';
}

/** Describe a value that is absent, naming the service default. */
export function absent(defaultText: string): string {
  return `absent (the default is ${defaultText})`;
}

export interface BoolOptions {
  /** Whether leaving the property out is secure (the service default is the secure value). Default: false. */
  readonly absentSecure?: boolean;
  /** How to name the default in a message when absent. */
  readonly defaultText?: string;
}

/** The property at `path` must be the boolean `expected` (as a boolean or a "true"/"false" string). */
export function mustBe(props: Props, path: string, expected: boolean, opts: BoolOptions = {}): RuleFinding | undefined {
  const v = get(props, path);
  if (v === undefined) {
    if (opts.absentSecure) return undefined;
    return { path: at(path), problem: `must be ${expected}`, found: absent(opts.defaultText ?? String(!expected)) };
  }
  if (bool(v) === expected) return undefined;
  return { path: at(path), problem: isUnknown(v) ? `must be provably ${expected}` : `must be ${expected}`, found: describe(v) };
}

export interface OneOfOptions {
  readonly absentSecure?: boolean;
  readonly defaultText?: string;
  /** Compare ignoring case. Default: true. */
  readonly ignoreCase?: boolean;
}

/** The property at `path` must be one of the allowed literals. */
export function mustBeOneOf(props: Props, path: string, allowed: readonly (string | number)[], opts: OneOfOptions = {}): RuleFinding | undefined {
  const v = get(props, path);
  const list = allowed.map((a) => JSON.stringify(a)).join(', ');
  if (v === undefined) {
    if (opts.absentSecure) return undefined;
    return { path: at(path), problem: `must be one of ${list}`, found: absent(opts.defaultText ?? 'not one of them') };
  }
  const s = str(v);
  const norm = (x: string) => (opts.ignoreCase === false ? x : x.toLowerCase());
  if (s !== undefined && allowed.some((a) => norm(String(a)) === norm(s))) return undefined;
  return { path: at(path), problem: isUnknown(v) ? `must be provably one of ${list}` : `must be one of ${list}`, found: describe(v) };
}

/** The property at `path` must be present and not empty. Unknown values count as present. */
export function mustBePresent(props: Props, path: string, what: string, defaultText = 'none'): RuleFinding | undefined {
  const v = get(props, path);
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) {
    return { path: at(path), problem: `must set ${what}`, found: absent(defaultText) };
  }
  return undefined;
}

/** A number at least `min`. */
export function mustBeAtLeast(props: Props, path: string, min: number, opts: BoolOptions = {}): RuleFinding | undefined {
  const v = get(props, path);
  if (v === undefined) {
    if (opts.absentSecure) return undefined;
    return { path: at(path), problem: `must be at least ${min}`, found: absent(opts.defaultText ?? 'lower') };
  }
  const n = num(v);
  if (n !== undefined && n >= min) return undefined;
  return { path: at(path), problem: `must be at least ${min}`, found: describe(v) };
}

/** Types whose `Ref` / `Fn::GetAtt` is a customer-managed key by construction. */
const KMS_KEY_TYPES = ['AWS::KMS::Key', 'AWS::KMS::Alias', 'AWS::KMS::ReplicaKey'];

/** Pseudo parameters that only fill the partition, region or account of an ARN: they cannot pick the key. */
const ARN_PSEUDO = /^AWS::(Partition|Region|AccountId|URLSuffix)$/;

/**
 * The placeholders of a key string that leave the key to deploy time, or `[]`.
 * Allowed: a pseudo parameter in the ARN before `key/` or `alias/` (partition, region,
 * account), and anywhere a key, alias or replica key resource of this template. Anything
 * else (`alias/${KeyAlias}` from a parameter, `${KeyArn}`) is only known at deploy time,
 * and may well be `alias/aws/...`.
 */
function deployTimePlaceholders(template: TemplateModel, key: string): string[] {
  const marker = /(^|:)(key|alias)\//.exec(key);
  const split = marker ? marker.index + marker[0].length : 0;
  return [...key.matchAll(/\$\{([^}]*)\}/g)]
    .filter((m) => {
      const target = template.target(m[0]);
      if (target && KMS_KEY_TYPES.includes(target.type)) return false;
      return !(m.index! < split && ARN_PSEUDO.test(m[1]));
    })
    .map((m) => m[0]);
}

/**
 * Why a KMS key reference does not prove a customer-managed key, or `undefined`
 * when it does: a key (or alias) resource of this template, a key ARN, or an
 * alias that is not an AWS-managed `alias/aws/...`, with no part of its key id or
 * alias name left to deploy time.
 */
export function customerManagedKeyProblem(template: TemplateModel, key: unknown): string | undefined {
  if (key === undefined || key === null || key === '') return 'no customer-managed KMS key is set';
  if (isReference(key) || (typeof key === 'string' && template.target(key))) {
    const target = template.target(key)!;
    if (KMS_KEY_TYPES.includes(target.type)) return undefined;
    return `the key refers to ${target.logicalId} (${target.type}), not a KMS key`;
  }
  if (isUnknown(key)) return `the key cannot be proven customer-managed: ${key.reason}`;
  if (typeof key !== 'string') return `the key is not a key id, ARN or alias (found ${describe(key)})`;
  if (/(^|:)alias\/aws\//i.test(key)) return `the AWS-managed key ${key} is used`;
  const open = deployTimePlaceholders(template, key);
  if (open.length > 0) {
    return `the key cannot be proven customer-managed: ${key} is only known at deploy time (${open.join(', ')} could name an AWS-managed alias/aws/ key)`;
  }
  return undefined;
}

/** Finding for a KMS key property that does not prove a customer-managed key. */
export function mustUseCustomerManagedKey(template: TemplateModel, props: Props, path: string): RuleFinding | undefined {
  const key = get(props, path);
  const problem = customerManagedKeyProblem(template, key);
  return problem ? { path: at(path), problem: `must name a customer-managed KMS key: ${problem}`, found: describe(key) } : undefined;
}
