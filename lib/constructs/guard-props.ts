/**
 * How the health-data constructs refuse insecure input. Every construct calls
 * `guardProps` first: a refused prop, an unknown prop or a security-relevant
 * prop given as an unresolved token throws before anything is created.
 *
 * The TypeScript types already leave the refused props out; these checks are
 * for JavaScript callers, `as any` and values computed at run time.
 */
import { Token } from 'aws-cdk-lib';

/** Error codes, stable for callers that want to branch on them. */
export type HealthDataErrorCode =
  | 'HD_PROP_NOT_ALLOWED'
  | 'HD_PROP_UNKNOWN'
  | 'HD_PROP_TOKEN'
  | 'HD_PROP_INVALID';

/** Thrown by the health-data constructs when a prop would weaken protection of health data. */
export class HealthDataConstructError extends Error {
  constructor(public readonly code: HealthDataErrorCode, message: string) {
    super(`${message} [${code}]`);
    this.name = 'HealthDataConstructError';
  }
}

/** Why a prop is refused and what to do instead. */
export interface Refusal {
  /** Short clause: why the prop is refused, e.g. 'health data must never be public'. */
  readonly why: string;
  /** What to do instead. */
  readonly fix: string;
}

export interface PropRules {
  /** Props of the underlying L2 (or earlier designs) that are refused whatever their value. */
  readonly refused?: Record<string, Refusal>;
  /** Every prop the construct accepts. Anything else is refused as unknown. */
  readonly allowed: readonly string[];
  /** Props that decide security: they must be concrete values at synth time, never tokens. */
  readonly concrete?: readonly string[];
}

/** Render a value for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return Token.isUnresolved(value) ? `token ${value}` : JSON.stringify(value);
  if (typeof value === 'number' && Token.isUnresolved(value)) return 'a numeric token';
  const maybe = value as { isUnresolved?: () => boolean; toHumanString?: () => string };
  if (typeof maybe?.isUnresolved === 'function') return maybe.isUnresolved() ? 'a token' : (maybe.toHumanString?.() ?? String(value));
  if (typeof value === 'object' && value !== null) {
    const ctor = (value as object).constructor?.name;
    if (ctor && ctor !== 'Object' && ctor !== 'Array') return `a ${ctor}`;
    try { return JSON.stringify(value); } catch { return String(value); }
  }
  return String(value);
}

export function notAllowed(construct: string, prop: string, got: unknown, r: Refusal): HealthDataConstructError {
  return new HealthDataConstructError('HD_PROP_NOT_ALLOWED',
    `'${prop}' is not allowed on ${construct} (got ${show(got)}): ${r.why}. Fix: ${r.fix}`);
}

export function invalid(construct: string, prop: string, got: unknown, r: Refusal): HealthDataConstructError {
  return new HealthDataConstructError('HD_PROP_INVALID',
    `'${prop}' on ${construct} is insecure (got ${show(got)}): ${r.why}. Fix: ${r.fix}`);
}

/** True when the value, or anything inside it, is an unresolved token. */
export function containsToken(value: unknown, depth = 0): boolean {
  if (depth > 5 || value === undefined || value === null) return false;
  if (Token.isUnresolved(value)) return true;
  const maybe = value as { isUnresolved?: () => boolean };
  if (typeof maybe.isUnresolved === 'function') return maybe.isUnresolved(); // Duration, Size
  if (Array.isArray(value)) return value.some((v) => containsToken(v, depth + 1));
  if (typeof value === 'object' && (value as object).constructor === Object) {
    return Object.values(value as object).some((v) => containsToken(v, depth + 1));
  }
  return false;
}

/** Refuse refused props, unknown props and tokens in security-relevant props. */
export function guardProps(construct: string, props: object | undefined, rules: PropRules): void {
  const given = (props ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const refusal = rules.refused?.[key];
    if (refusal) throw notAllowed(construct, key, value, refusal);
    if (!rules.allowed.includes(key)) {
      throw new HealthDataConstructError('HD_PROP_UNKNOWN',
        `'${key}' is not a prop of ${construct} (got ${show(value)}): an unknown prop could be a misspelt security setting. ` +
        `Fix: use one of ${rules.allowed.map((a) => `'${a}'`).join(', ')}`);
    }
  }
  for (const key of rules.concrete ?? []) {
    if (containsToken(given[key])) {
      throw new HealthDataConstructError('HD_PROP_TOKEN',
        `'${key}' on ${construct} is an unresolved token (got ${show(given[key])}): a security setting decided at deploy time ` +
        `cannot be checked and could turn protection off. Fix: pass a literal value for '${key}'`);
    }
  }
}

/** Refuse unless `ok`; used for value checks on allowed props. */
export function ensure(ok: boolean, construct: string, prop: string, got: unknown, r: Refusal): void {
  if (!ok) throw invalid(construct, prop, got, r);
}
