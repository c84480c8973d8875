/**
 * Resource policies (bucket, queue, topic, key, domain access policies, ...) as
 * CloudFormation receives them, judged with the same fail-closed stance as the
 * rest of the template model:
 *
 * - `publicGrants`: which Allow statements grant access to anyone, with no
 *   condition that pins the caller to an account, organisation, network or source.
 * - `deniesInsecureTransport`: whether a Deny statement refuses every request
 *   made without TLS (`aws:SecureTransport` false) on every required resource.
 *
 * Documents are resolved values (see `TemplateResource.variants()`): `Fn::GetAtt` is a
 * `Reference`, `Fn::Sub`/`Fn::Join` are strings with `${Id.Attr}` placeholders,
 * anything the template cannot tell is an `Unknown`. A document may also be a
 * JSON string (OpenSearch `AccessPolicies`, OpenSearch Serverless policies).
 * Whatever cannot be proven safe is reported, with what could not be proven.
 */
import { describe, isObject, isUnknown, Reference, Unknown } from './values';

/** One thing wrong with a policy document. `path` is relative to the document, e.g. `Statement[2].Principal`. */
export interface PolicyProblem {
  readonly path: string;
  readonly problem: string;
  readonly found?: string;
}

/** A statement of a document with its path inside the document. */
export interface PolicyStatement {
  /** `Statement[i]`, or `Statement` when the document holds a single statement object. */
  readonly path: string;
  /** The statement, or an `Unknown` when it could not be resolved. */
  readonly statement: Record<string, unknown> | Unknown;
}

/**
 * The statements of a policy document (object or JSON string). `problem` is set
 * when the document itself cannot be read (unknown, not JSON, no statement list);
 * an absent document (`undefined`/`null`) has no statements and no problem.
 */
export function policyStatements(document: unknown): { statements: PolicyStatement[]; problem?: PolicyProblem } {
  if (document === undefined || document === null) return { statements: [] };
  let doc = document;
  if (isUnknown(doc)) return { statements: [], problem: { path: '', problem: 'cannot be proven: the policy document is only known at deploy time', found: describe(doc) } };
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return { statements: [], problem: { path: '', problem: 'cannot be read as a JSON policy document', found: describe(document) } };
    }
  }
  if (!isObject(doc)) return { statements: [], problem: { path: '', problem: 'is not a policy document', found: describe(doc) } };
  const st = doc.Statement;
  if (st === undefined) return { statements: [] };
  if (isUnknown(st)) return { statements: [], problem: { path: 'Statement', problem: 'cannot be proven: the statements are only known at deploy time', found: describe(st) } };
  if (Array.isArray(st)) {
    return {
      statements: st.map((s, i) => ({ path: `Statement[${i}]`, statement: isObject(s) ? s : asUnknown(s) })),
    };
  }
  return { statements: [{ path: 'Statement', statement: isObject(st) ? st : asUnknown(st) }] };
}

function asUnknown(x: unknown): Unknown {
  return isUnknown(x) ? x : new Unknown(`a statement that is not an object (${describe(x)})`);
}

// ------------------------------------------------------------------ public grants

/**
 * Condition keys that, compared with a concrete value by an Equals/Like operator,
 * pin an otherwise public statement to a known account, organisation, network
 * path or source resource (lower case, as IAM compares keys case-insensitively).
 *
 * Not in the list, on purpose:
 * - `aws:SourceIp`: an IP range still admits anonymous callers from the internet
 *   (any host in the range, NAT gateways, shared proxies); for health data a
 *   grant without authentication is public whatever the caller's address.
 * - `aws:ResourceAccount`: in a resource policy it is the owner's account on every
 *   request, so it does not narrow who the caller is.
 * - `aws:SecureTransport`, `aws:UserAgent`, `aws:Referer`, `lambda:FunctionUrlAuthType`:
 *   they do not identify the caller (Referer and UserAgent are set by the caller).
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = [
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcearn',
  'aws:principalarn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'kms:calleraccount',
  'kms:viaservice',
];

/**
 * Keys whose values are identifiers (accounts, organisations, VPCs, VPC endpoints): no
 * wildcard at all may appear in them. A partial id (`vpce-*`, `1111*`) matches ids that
 * anyone can obtain by creating accounts or endpoints, so it restricts nothing.
 */
const ID_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner', 'kms:calleraccount', 'aws:principalorgid', 'aws:sourceorgid', 'aws:sourcevpce', 'aws:sourcevpc']);
/** Keys whose values are organisation paths (`o-id/r-root/ou-.../`): the organisation id before the first `/` must be fixed. */
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths']);
/** Keys whose values are ARNs. */
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn']);

/**
 * Operators that require the key to be present and equal to (or match) one of
 * the values. `...IfExists` variants are excluded (a request without the key
 * passes), so are negations (`StringNotEquals`, `Null`, ...). `ForAnyValue:` is
 * accepted (a missing key does not match), `ForAllValues:` is not (a missing key matches).
 */
const RESTRICTING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike']);

export interface PublicGrantOptions {
  /** More condition keys that restrict the caller for this service (any case), e.g. `sns:Endpoint` is NOT one. */
  readonly extraRestrictingKeys?: readonly string[];
  /**
   * Whether a `${Name}` placeholder (no dot, not a pseudo parameter) in a principal or
   * a condition value names a resource of the template (its `Ref`, a fixed identifier)
   * rather than a deploy-time parameter that could be `*`. Pass
   * `(n) => !template.parameter(n)`. Default: every such placeholder is distrusted
   * (fail closed). `${Id.Attr}` placeholders and pseudo parameters are always concrete:
   * the template model already turns attributes set outside the template (an SSM
   * parameter's Value, a custom resource's attributes) into `Unknown`.
   */
  readonly placeholderIsConcrete?: (name: string) => boolean;
}

/**
 * Allow statements that grant access to anyone, with no restricting condition.
 *
 * "Anyone" is a principal of `"*"`, `{AWS: "*"}`, `{AWS: [..., "*"]}`,
 * `{CanonicalUser: "*"}` (any principal value containing `*`), a principal that
 * cannot be resolved (including a string built from a deploy-time parameter, see
 * `placeholderIsConcrete`), or a `NotPrincipal` in an Allow (everyone but the listed
 * principals). An Effect other than the literal `"Deny"` counts as Allow (fail
 * closed). A statement with neither Principal nor NotPrincipal grants nothing in
 * a resource policy (the service rejects it) and is not reported.
 *
 * A grant is restricted when its Condition holds, for a key of
 * `RESTRICTING_CONDITION_KEYS`, an Equals/Like operator (not `IfExists`) with
 * only concrete values: no bare wildcard, no wildcard in an account,
 * organisation, VPC or VPC endpoint id, organisation paths with a fixed
 * organisation id, ARNs with a fixed account (or, for S3-style ARNs with no
 * account, a fixed resource-name prefix), and no policy variable (a value such as
 * `${aws:SourceVpce}` is taken from the request itself, so comparing a key with it
 * pins nothing). `aws:SourceIp` does not restrict (see `RESTRICTING_CONDITION_KEYS`).
 *
 * Returns one problem per public statement, at the statement's principal.
 */
export function publicGrants(document: unknown, opts: PublicGrantOptions = {}): PolicyProblem[] {
  const { statements, problem } = policyStatements(document);
  const out: PolicyProblem[] = problem ? [problem] : [];
  const keys = new Set([...RESTRICTING_CONDITION_KEYS, ...(opts.extraRestrictingKeys ?? []).map((k) => k.toLowerCase())]);
  for (const { path, statement } of statements) {
    if (isUnknown(statement)) {
      out.push({ path, problem: 'cannot be proven not to grant public access: the statement is only known at deploy time', found: describe(statement) });
      continue;
    }
    const effect = statement.Effect;
    if (effect === 'Deny') continue;
    const anyone = grantsAnyone(statement, opts);
    if (!anyone) continue;
    const restriction = restrictingCondition(statement.Condition, keys, opts);
    if (restriction.restricted) continue;
    const effectNote = effect === 'Allow' ? '' : ` (Effect ${describe(effect)} is not provably "Deny")`;
    out.push({
      path: `${path}.${anyone.where}`,
      problem: `${anyone.what}${effectNote} with no condition that limits the caller to an account, organisation, VPC or source resource${restriction.why ? ` (${restriction.why})` : ''}`,
      found: anyone.found,
    });
  }
  return out;
}

/** How a statement grants to anyone, or `undefined` when its principal is proven specific. */
function grantsAnyone(s: Record<string, unknown>, opts: PublicGrantOptions): { where: string; what: string; found: string } | undefined {
  if ('NotPrincipal' in s) {
    return { where: 'NotPrincipal', what: 'allows every principal except the ones listed (NotPrincipal in an Allow statement)', found: describe(s.NotPrincipal) };
  }
  if (!('Principal' in s)) return undefined;
  const p = s.Principal;
  const found = describe(p);
  const u = principalUnknown(p, opts);
  if (u) return { where: 'Principal', what: `cannot be proven not to allow everyone: ${u}`, found };
  if (principalIsAnyone(p)) return { where: 'Principal', what: 'allows any principal', found };
  return undefined;
}

function principalValues(p: unknown): unknown[] {
  if (isObject(p)) return Object.values(p).flatMap((v) => (Array.isArray(v) ? v : [v]));
  return Array.isArray(p) ? p : [p];
}

function principalUnknown(p: unknown, opts: PublicGrantOptions): string | undefined {
  for (const v of principalValues(p)) {
    if (isUnknown(v)) return v.reason;
    if (isObject(v) || Array.isArray(v)) return `a principal value that is not an ARN, account or service (${describe(v)})`;
    const text = v instanceof Reference ? undefined : typeof v === 'string' ? v : undefined;
    const why = text === undefined ? undefined : placeholderProblem(text, opts);
    if (why) return `the principal ${JSON.stringify(text)} ${why}, so it could be "*"`;
  }
  return undefined;
}

/**
 * A policy variable (`${aws:username}`, `${aws:SourceVpce}`): replaced by a value of the request itself.
 * A pseudo parameter (`AWS::Region`) does not match: a second `:` follows the first.
 */
function isPolicyVariable(name: string): boolean {
  return /^[^:]+:[^:]/.test(name);
}

/**
 * Why a resolved string's `${...}` placeholders do not make it a fixed value, or
 * `undefined` when they do: pseudo parameters, resource attributes, the `${*}`,
 * `${?}`, `${$}` escapes and, when the caller confirms it, a resource's `Ref`.
 */
function placeholderProblem(text: string, opts: PublicGrantOptions): string | undefined {
  for (const m of text.matchAll(/\$\{([^}]+)\}/g)) {
    const name = m[1];
    if (name.startsWith('AWS::') || /^[A-Za-z0-9]+\.[A-Za-z0-9.]+$/.test(name) || ['*', '?', '$'].includes(name)) continue;
    if (isPolicyVariable(name)) return `contains the policy variable ${m[0]}, a value taken from the request itself, which pins nothing`;
    if (/^[A-Za-z0-9]+$/.test(name) && opts.placeholderIsConcrete?.(name)) continue;
    return `depends on ${m[0]}, which is only known at deploy time`;
  }
  return undefined;
}

function principalIsAnyone(p: unknown): boolean {
  return principalValues(p).some((v) => typeof v === 'string' && v.includes('*'));
}

/** Whether a Condition block restricts the caller; `why` says what was not proven. */
function restrictingCondition(
  cond: unknown,
  keys: Set<string>,
  opts: PublicGrantOptions,
): { restricted: boolean; why?: string } {
  if (cond === undefined) return { restricted: false };
  if (isUnknown(cond)) return { restricted: false, why: `the condition is only known at deploy time: ${cond.reason}` };
  if (!isObject(cond)) return { restricted: false, why: `the condition is not an object: ${describe(cond)}` };
  let why: string | undefined;
  for (const [rawOp, block] of Object.entries(cond)) {
    const op = rawOp.toLowerCase().replace(/^foranyvalue:/, '');
    if (!RESTRICTING_OPERATORS.has(op)) continue;
    if (isUnknown(block)) {
      why ??= `the ${rawOp} condition is only known at deploy time: ${block.reason}`;
      continue;
    }
    if (!isObject(block)) continue;
    for (const [rawKey, value] of Object.entries(block)) {
      const key = rawKey.toLowerCase();
      if (!keys.has(key)) continue;
      const bad = nonRestrictingValue(key, op, value, opts);
      if (bad === undefined) return { restricted: true };
      why ??= `${rawOp} ${rawKey} ${bad}`;
    }
  }
  return { restricted: false, why };
}

/** Why a condition value does not pin the key to something concrete, or `undefined` when it does. */
function nonRestrictingValue(key: string, op: string, value: unknown, opts: PublicGrantOptions): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) return 'has no value';
  const like = op.endsWith('like');
  for (const v of values) {
    if (isUnknown(v)) return `cannot be proven: ${v.reason}`;
    const s = v instanceof Reference ? v.toString() : typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    if (s === undefined) return `has a value that is not a string (${describe(v)})`;
    const placeholder = placeholderProblem(s, opts);
    if (placeholder) return `${JSON.stringify(s)} ${placeholder}`;
    const bare = s.replace(/\$\{[^}]+\}/g, 'X');
    const wild = like && /[*?]/.test(bare);
    if (!wild) {
      if (bare.trim() === '' ) return 'is empty';
      continue;
    }
    if (!/[A-Za-z0-9]/.test(bare.replace(/[*?]/g, ''))) return `is a wildcard (${JSON.stringify(s)})`;
    if (ID_KEYS.has(key)) return `has a wildcard in an account, organisation, VPC or endpoint id (${JSON.stringify(s)})`;
    if (ORG_PATH_KEYS.has(key) && /[*?]/.test(bare.split('/')[0])) return `has no fixed organisation id before the first "/" (${JSON.stringify(s)})`;
    if (ARN_KEYS.has(key)) {
      const parts = bare.split(':');
      if (parts.length < 6 || parts[0] !== 'arn') return `is not an ARN with a fixed account or resource (${JSON.stringify(s)})`;
      const account = parts[4];
      const rest = parts.slice(5).join(':');
      if (account !== '' && /[*?]/.test(account)) return `has a wildcard account (${JSON.stringify(s)})`;
      if (account === '' && /^[*?]/.test(rest)) return `has no fixed account or resource name (${JSON.stringify(s)})`;
    }
  }
  return undefined;
}

// ------------------------------------------------------------- insecure transport

/** A resource the TLS deny must cover, under every spelling it may have in the document. */
export interface RequiredResource {
  /** For messages, e.g. `the bucket` or `its objects`. */
  readonly name: string;
  /** Spellings of its ARN as they appear in resolved documents, e.g. `${Bucket.Arn}`, `arn:aws:s3:::my-bucket/*`. */
  readonly arns: readonly string[];
}

export interface TransportDenyOptions {
  /** Service prefix whose `<service>:*` counts as all actions, e.g. `s3`. `*` always counts. */
  readonly service: string;
  /** Every resource the deny must cover (a statement's Resource patterns are matched against each spelling). */
  readonly resources: readonly RequiredResource[];
  /**
   * Override how a statement's Resource value covers a required ARN spelling.
   * Default: the value, read as an IAM pattern (`*` and `?` wildcards), matches the spelling.
   */
  readonly coversResource?: (statementResource: string, requiredArn: string) => boolean;
  /**
   * Actions that carry the data, for services whose documented TLS deny names them
   * rather than `<service>:*` (e.g. `sns:Publish`, the deny CDK's `enforceSSL` writes
   * for topics). A statement whose actions match every one of them counts like one
   * with `<service>:*`. Default: none (only `*` and `<service>:*` count).
   */
  readonly dataActions?: readonly string[];
}

/**
 * Whether the document refuses every request made without TLS: one or more Deny
 * statements, each for every principal (`"*"` or `{AWS: "*"}`), every action
 * (`"*"` or `"<service>:*"`), with exactly the condition `Bool` (or `BoolIfExists`)
 * `aws:SecureTransport` = `false` (boolean or the string CDK writes), which
 * together cover every required resource. A statement with any further condition
 * (e.g. `NumericLessThan s3:TlsVersion 1.2`) narrows the deny and does not count
 * towards it; such a TLS-version deny may sit beside the SecureTransport deny.
 *
 * Returns `undefined` when proven, otherwise the problem (naming what is not covered
 * and what could not be resolved).
 */
export function deniesInsecureTransport(document: unknown, opts: TransportDenyOptions): PolicyProblem | undefined {
  const { statements, problem } = policyStatements(document);
  if (problem) return { ...problem, problem: `${problem.problem}, so a deny of requests without TLS cannot be proven` };
  const covers = opts.coversResource ?? patternCovers;
  const uncovered = new Set(opts.resources.map((r) => r.name));
  const unknowns: string[] = [];
  for (const { path, statement } of statements) {
    if (isUnknown(statement)) {
      unknowns.push(`${path}: ${statement.reason}`);
      continue;
    }
    const u = statementUnknown(statement);
    if (u) unknowns.push(`${path}: ${u}`);
    if (!isTransportDeny(statement, opts.service, opts.dataActions)) continue;
    for (const r of opts.resources) {
      if (resourceCovered(statement, r, covers)) uncovered.delete(r.name);
    }
  }
  if (uncovered.size === 0) return undefined;
  const missing = opts.resources.filter((r) => uncovered.has(r.name));
  const names = missing.map((r) => `${r.name} (${r.arns[0]})`).join(' and ');
  const unknownNote = unknowns.length ? `; could not resolve ${unknowns.join('; ')}` : '';
  return {
    path: 'Statement',
    problem: `must deny every principal ${opts.dataActions?.length ? `${opts.dataActions.join(', ')} (or all ${opts.service} actions)` : `all ${opts.service} actions`} when aws:SecureTransport is false on ${names}${unknownNote}`,
    found: statements.length === 0 ? 'no statements' : `${statements.length} statement(s), none denying requests without TLS on ${names}`,
  };
}

function statementUnknown(s: Record<string, unknown>): string | undefined {
  for (const k of ['Effect', 'Principal', 'Action', 'Resource', 'Condition']) {
    const v = s[k];
    if (isUnknown(v)) return `${k} (${v.reason})`;
    if (Array.isArray(v)) {
      const u = v.find(isUnknown) as Unknown | undefined;
      if (u) return `${k} (${u.reason})`;
    }
  }
  return undefined;
}

function isTransportDeny(s: Record<string, unknown>, service: string, dataActions: readonly string[] = []): boolean {
  if (s.Effect !== 'Deny') return false;
  if ('NotPrincipal' in s || 'NotAction' in s) return false;
  if (!isEveryone(s.Principal)) return false;
  const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
  const all = actions.some((a) => typeof a === 'string' && (a === '*' || a.toLowerCase() === `${service.toLowerCase()}:*`));
  const data = dataActions.length > 0 && dataActions.every((d) => actions.some((a) => typeof a === 'string' && patternCovers(a.toLowerCase(), d.toLowerCase())));
  if (!all && !data) return false;
  return isSecureTransportFalse(s.Condition);
}

function isEveryone(p: unknown): boolean {
  if (p === '*') return true;
  if (!isObject(p)) return false;
  const keys = Object.keys(p);
  // Exactly {AWS: ...}: with any other single key, `p.AWS` is undefined.
  if (keys.length !== 1) return false;
  const v = p.AWS;
  return v === '*' || (Array.isArray(v) && v.includes('*'));
}

function isSecureTransportFalse(cond: unknown): boolean {
  if (!isObject(cond)) return false;
  const ops = Object.keys(cond);
  if (ops.length !== 1 || !/^bool(ifexists)?$/i.test(ops[0])) return false;
  const block = cond[ops[0]];
  if (!isObject(block)) return false;
  const keys = Object.keys(block);
  if (keys.length !== 1 || keys[0].toLowerCase() !== 'aws:securetransport') return false;
  const v = block[keys[0]];
  const vals = Array.isArray(v) ? v : [v];
  return vals.length > 0 && vals.every((x) => x === false || (typeof x === 'string' && x.trim().toLowerCase() === 'false'));
}

function resourceCovered(
  s: Record<string, unknown>,
  r: RequiredResource,
  covers: (statementResource: string, requiredArn: string) => boolean,
): boolean {
  const asStrings = (x: unknown) => (Array.isArray(x) ? x : [x])
    .map((v) => (v instanceof Reference ? v.toString() : typeof v === 'string' ? v : undefined));
  if ('NotResource' in s) {
    // Deny on everything except the listed resources: covered when no listed pattern excludes it.
    const excluded = asStrings(s.NotResource);
    if (excluded.some((e) => e === undefined)) return false;
    return r.arns.every((arn) => !excluded.some((e) => covers(e!, arn)));
  }
  return asStrings(s.Resource).some((v) => v !== undefined && r.arns.some((arn) => covers(v, arn)));
}

/** Whether an IAM resource pattern (`*`, `?` wildcards; placeholders literal) matches an ARN spelling. */
export function patternCovers(pattern: string, arn: string): boolean {
  const re = new RegExp(`^${pattern.split(/([*?])/).map((p) => (p === '*' ? '.*' : p === '?' ? '[^*]' : p.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  return re.test(arn);
}

/** Prefix problem paths with where the document sits, e.g. `Properties.PolicyDocument`. */
export function under(prefix: string, problems: readonly PolicyProblem[]): PolicyProblem[] {
  return problems.map((p) => ({ ...p, path: p.path ? `${prefix}.${p.path}` : prefix }));
}
