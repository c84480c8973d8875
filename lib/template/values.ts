/**
 * Values as CloudFormation will see them. Intrinsics are resolved as far as the
 * template allows; what the template cannot tell (an import, an unconstrained
 * parameter, a pseudo parameter) becomes an `Unknown` that carries the reason, so
 * a rule comparing it with a secure literal fails closed and can say why.
 */

/**
 * Where a value the template cannot tell comes from, as data (the reason says it in words):
 * - `parameter`: a template parameter set at deploy time (no `AllowedValues`, or a list type);
 * - `ssm`: SSM Parameter Store (an `AWS::SSM::Parameter::Value<...>` parameter, or the `Value`
 *   of an `AWS::SSM::Parameter`), which can change outside the stack;
 * - `import`: another stack's output (`Fn::ImportValue`, an output of a nested stack);
 * - `pseudo`: what the region or account decides (`Fn::GetAZs`);
 * - `unresolved`: anything else the model cannot evaluate (a malformed or unsupported
 *   intrinsic, a reference to nothing in the template, a custom resource's attribute, a path
 *   through a value that is not an object, too many `Fn::If` combinations).
 */
export type UnknownKind = 'parameter' | 'ssm' | 'import' | 'pseudo' | 'unresolved';

/** A value that cannot be known from the template alone. */
export class Unknown {
  constructor(
    public readonly reason: string,
    public readonly raw?: unknown,
    public readonly kind: UnknownKind = 'unresolved',
    /** The template parameter the value is (kinds `parameter` and `ssm`), when it is one. */
    public readonly parameter?: string,
  ) {}
  toString(): string {
    return `<${this.reason}>`;
  }
}

/** A reference to another resource of the same template (`Ref` or `Fn::GetAtt`). */
export class Reference {
  constructor(public readonly logicalId: string, public readonly attribute?: string) {}
  toString(): string {
    return this.attribute ? `\${${this.logicalId}.${this.attribute}}` : `\${${this.logicalId}}`;
  }
}

/** One possible rendering of a value, and the `Fn::If` branches that lead to it. */
export interface Variant<T = unknown> {
  readonly value: T;
  /** Conditions taken to reach this rendering, e.g. `UseKms is false`; empty when there was no choice. */
  readonly branches: readonly string[];
}

export function isUnknown(x: unknown): x is Unknown {
  return x instanceof Unknown;
}

export function isReference(x: unknown): x is Reference {
  return x instanceof Reference;
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return !!x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Unknown) && !(x instanceof Reference);
}

/**
 * Whether `key` is an own property of `o`: template keys such as `constructor`,
 * `toString` or `__proto__` must never resolve to `Object.prototype` members.
 */
export function hasOwn(o: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** `o[key]` when `key` is an own property of `o`; `undefined` otherwise (see `hasOwn`). */
export function own(o: unknown, key: string): unknown {
  return isObject(o) && hasOwn(o, key) ? o[key] : undefined;
}

/**
 * An object for keys that come from a template: no prototype, so a key named
 * `__proto__` is an ordinary property and `constructor` or `toString` are absent
 * unless the template wrote them.
 */
export function record<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Read a dotted path (`A.B.C`) from a resolved value; `undefined` when a step is absent.
 * An `Unknown` on the way is returned as it is, and a step that is present but not an
 * object (a reference to another resource, a string, a list, null) is an `Unknown` that
 * says so: the rest of the path cannot be read, so nothing under it is proven absent.
 */
export function get(x: unknown, path: string): unknown {
  let cur: unknown = x;
  const keys = path.split('.').filter(Boolean);
  for (const [i, key] of keys.entries()) {
    if (cur === undefined || cur instanceof Unknown) return cur;
    if (!isObject(cur)) {
      const at = keys.slice(0, i).join('.') || 'the value';
      return new Unknown(`${at} is ${describe(cur)}, not an object, so ${keys.slice(i).join('.')} cannot be read`, cur);
    }
    cur = hasOwn(cur, key) ? cur[key] : undefined;
  }
  return cur;
}

/** A list as CloudFormation reads it: absent is empty, an Unknown stays a single Unknown element. */
export function asArray(x: unknown): unknown[] {
  if (x === undefined || x === null) return [];
  return Array.isArray(x) ? x : [x];
}

/**
 * A CloudFormation boolean: `true`/`false` or the strings `"true"`/`"false"` (any case).
 * Anything else (absent, Unknown, another string) is `undefined`: not proven either way.
 */
export function bool(x: unknown): boolean | undefined {
  if (typeof x === 'boolean') return x;
  if (typeof x === 'string') {
    const s = x.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return undefined;
}

/** A number written as a number or a numeric string; otherwise `undefined`. */
export function num(x: unknown): number | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(x)) return Number(x);
  return undefined;
}

/**
 * A plain string (not a string with unresolved `${...}` placeholders: a parameter or
 * pseudo parameter rendered into text is only known at deploy time); otherwise `undefined`.
 */
export function str(x: unknown): string | undefined {
  if (typeof x === 'string' && !/\$\{[^}]+\}/.test(x)) return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return undefined;
}

/** Render a resolved value for a message: short, single line, unknowns with their reason. */
export function describe(x: unknown): string {
  if (x === undefined) return 'absent';
  if (x instanceof Unknown) return `unknown (${x.reason})`;
  if (x instanceof Reference) return x.toString();
  if (typeof x === 'string') return JSON.stringify(x);
  const s = JSON.stringify(x, (_k, v) => (v instanceof Unknown || v instanceof Reference ? v.toString() : v));
  if (s === undefined) return String(x);
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}
