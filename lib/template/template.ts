/**
 * The template model: one CloudFormation template, its resources with their
 * properties resolved as far as the template allows, and the references between
 * resources. Rules ask it questions; it never guesses.
 */
import { asTemplate, parseTemplateText } from './load';
import { hasOwn, isObject, own, record, Reference, Unknown, type UnknownKind, type Variant } from './values';

/** Beyond this many `Fn::If` combinations in one resource, the resource is judged as unknown. */
const MAX_VARIANTS = 64;

const PSEUDO: Record<string, string> = {
  'AWS::AccountId': 'the account id',
  'AWS::Region': 'the region',
  'AWS::Partition': 'the partition',
  'AWS::StackName': 'the stack name',
  'AWS::StackId': 'the stack id',
  'AWS::URLSuffix': 'the URL suffix',
  'AWS::NotificationARNs': 'the notification ARNs',
};

/**
 * Attributes that return a property as it is written on the resource, by type:
 * attribute name -> property name. Only where the service echoes the property
 * (a VPC's or subnet's primary IPv4 CidrBlock); when the property is absent the
 * attribute stays a `Reference` (only known once deployed).
 */
const ECHOED_ATTRIBUTES: Record<string, Record<string, string>> = {
  'AWS::EC2::VPC': { CidrBlock: 'CidrBlock' },
  'AWS::EC2::Subnet': { CidrBlock: 'CidrBlock' },
};

/** The property an attribute of a resource type echoes (see `ECHOED_ATTRIBUTES`), if any. */
export function echoedProperty(type: string, attr: string): string | undefined {
  const byAttr = hasOwn(ECHOED_ATTRIBUTES, type) ? ECHOED_ATTRIBUTES[type] : undefined;
  return byAttr && hasOwn(byAttr, attr) ? byAttr[attr] : undefined;
}

/**
 * Why an attribute's value is not fixed by the template, or `undefined` when it is
 * an identifier the service assigns: an SSM parameter's Value can be changed
 * outside the stack; a custom resource's attributes are whatever its provider
 * returns; a nested stack's outputs and a wait condition's data come from elsewhere.
 */
function opaqueAttribute(type: string, attr: string): { readonly why: string; readonly kind: UnknownKind } | undefined {
  if (type === 'AWS::SSM::Parameter' && attr === 'Value') return { why: 'the value of an SSM parameter, which can be changed outside this stack', kind: 'ssm' };
  if (type === 'AWS::CloudFormation::CustomResource' || type.startsWith('Custom::')) return { why: `an attribute of custom resource (${type}), whatever its provider returns at deploy time`, kind: 'unresolved' };
  if (type === 'AWS::CloudFormation::Stack' && attr.startsWith('Outputs.')) return { why: 'an output of a nested stack, not visible in this template', kind: 'import' };
  if (type === 'AWS::CloudFormation::WaitCondition' && attr === 'Data') return { why: 'the data signalled to a wait condition at deploy time', kind: 'unresolved' };
  return undefined;
}

/** Marker for `AWS::NoValue`: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

type Alt = { value: unknown; branches: string[] };

export interface TemplateParameter {
  readonly name: string;
  readonly type?: string;
  readonly default?: unknown;
  readonly allowedValues?: unknown[];
}

export class TemplateResource {
  private variantCache?: Variant<Record<string, unknown>>[];

  constructor(
    public readonly template: TemplateModel,
    public readonly logicalId: string,
    /** The resource as written: `Type`, `Properties`, `Metadata`, `Condition`, ... */
    public readonly raw: Record<string, unknown>,
  ) {}

  get type(): string {
    return String(this.raw.Type);
  }

  /** `Properties` as written, intrinsics unresolved. */
  get rawProperties(): Record<string, unknown> {
    return isObject(this.raw.Properties) ? this.raw.Properties : {};
  }

  /** The CDK construct path, when the template was synthesized by CDK. */
  get constructPath(): string | undefined {
    const m = this.raw.Metadata;
    return isObject(m) && typeof m['aws:cdk:path'] === 'string' ? (m['aws:cdk:path'] as string) : undefined;
  }

  /**
   * Every possible rendering of `Properties`: one per combination of `Fn::If`
   * branches (usually exactly one). Values the template cannot tell are `Unknown`,
   * references to other resources are `Reference`, `AWS::NoValue` is removed.
   */
  variants(): Variant<Record<string, unknown>>[] {
    if (!this.variantCache) {
      const alts = this.template.resolve(this.rawProperties);
      const whole = alts.find((a) => a.value instanceof Unknown);
      // Rules cannot judge properties that are unknown as a whole: say so (the engine reports it under each rule).
      if (whole) throw new Error(`the properties of ${this.logicalId} cannot be evaluated: ${(whole.value as Unknown).reason}`);
      this.variantCache = alts.map((a) => ({
        value: isObject(a.value) ? a.value : record(),
        branches: a.branches,
      }));
    }
    return this.variantCache;
  }

  /** Logical ids of the resources this resource's properties refer to. */
  references(): Set<string> {
    return this.template.referencedBy(this.logicalId);
  }
}

export class TemplateModel {
  /** Parse template text (JSON or YAML with short-form tags). Throws `TemplateParseError`. */
  static parse(text: string, source?: string): TemplateModel {
    return new TemplateModel(parseTemplateText(text, source), source);
  }

  /** Wrap an already-parsed template object (e.g. a synthesized stack). */
  static fromObject(obj: unknown, source?: string): TemplateModel {
    return new TemplateModel(asTemplate(obj, source), source);
  }

  public readonly resources: ReadonlyMap<string, TemplateResource>;
  private readonly byType = new Map<string, TemplateResource[]>();
  private refIndex?: { out: Map<string, Set<string>>; into: Map<string, Set<string>> };

  private constructor(public readonly body: Record<string, unknown>, public readonly source?: string) {
    const resources = new Map<string, TemplateResource>();
    for (const [id, r] of Object.entries(body.Resources as Record<string, Record<string, unknown>>)) {
      const res = new TemplateResource(this, id, r);
      resources.set(id, res);
      const list = this.byType.get(res.type) ?? [];
      list.push(res);
      this.byType.set(res.type, list);
    }
    this.resources = resources;
  }

  resource(logicalId: string): TemplateResource | undefined {
    return this.resources.get(logicalId);
  }

  /** All resources of the given CloudFormation type(s). */
  ofType(...types: string[]): TemplateResource[] {
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  parameter(name: string): TemplateParameter | undefined {
    const p = own(this.body.Parameters, name);
    if (!isObject(p)) return undefined;
    return {
      name,
      type: typeof p.Type === 'string' ? p.Type : undefined,
      default: p.Default,
      allowedValues: Array.isArray(p.AllowedValues) ? p.AllowedValues : undefined,
    };
  }

  /** Logical ids that `logicalId`'s properties refer to (Ref, GetAtt, Sub, DependsOn excluded). */
  referencedBy(logicalId: string): Set<string> {
    return this.index().out.get(logicalId) ?? new Set();
  }

  /** Resources (optionally of some types) whose properties refer to `logicalId`. */
  referrers(logicalId: string, ...types: string[]): TemplateResource[] {
    const ids = this.index().into.get(logicalId) ?? new Set<string>();
    return [...ids].map((id) => this.resources.get(id)!).filter((r) => types.length === 0 || types.includes(r.type));
  }

  /** The resource a resolved value points to (`Reference`, or a `${Id}`-only string). */
  target(value: unknown): TemplateResource | undefined {
    if (value instanceof Reference) return this.resources.get(value.logicalId);
    if (typeof value === 'string') {
      const m = /^\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}$/.exec(value);
      if (m) return this.resources.get(m[1]);
    }
    return undefined;
  }

  private index() {
    if (!this.refIndex) {
      const out = new Map<string, Set<string>>();
      const into = new Map<string, Set<string>>();
      for (const r of this.resources.values()) {
        const refs = new Set<string>();
        collectRefs(r.rawProperties, refs);
        for (const id of [...refs]) if (!this.resources.has(id) || id === r.logicalId) refs.delete(id);
        out.set(r.logicalId, refs);
        for (const id of refs) {
          const s = into.get(id) ?? new Set<string>();
          s.add(r.logicalId);
          into.set(id, s);
        }
      }
      this.refIndex = { out, into };
    }
    return this.refIndex;
  }

  // ---------------------------------------------------------------- resolution

  /** Every possible resolution of a raw template value (see `TemplateResource.variants`). */
  resolve(raw: unknown): Variant[] {
    const alts = this.alts(raw, 0);
    return alts.map((a) => ({ value: a.value === NO_VALUE ? undefined : a.value, branches: a.branches }));
  }

  private alts(raw: unknown, depth: number): Alt[] {
    if (depth > 50) return [{ value: new Unknown('the value nests too deeply to evaluate'), branches: [] }];
    if (Array.isArray(raw)) {
      const items = raw.map((e) => this.alts(e, depth + 1));
      return product(items, (vals) => vals.filter((v) => v !== NO_VALUE));
    }
    if (!isObject(raw)) return [{ value: raw, branches: [] }];
    const keys = Object.keys(raw);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
      return this.intrinsic(keys[0], raw[keys[0]], depth);
    }
    const entries = keys.map((k) => this.alts(raw[k], depth + 1));
    return product(entries, (vals) => {
      // No prototype: a key named `__proto__` stays an ordinary property instead of replacing the prototype.
      const o = record();
      keys.forEach((k, i) => {
        if (vals[i] !== NO_VALUE) o[k] = vals[i];
      });
      return o;
    });
  }

  private intrinsic(fn: string, arg: unknown, depth: number): Alt[] {
    const known = (value: unknown): Alt[] => [{ value, branches: [] }];
    const unknown = (reason: string, kind?: UnknownKind): Alt[] => [{ value: new Unknown(reason, { [fn]: arg }, kind), branches: [] }];
    switch (fn) {
      case 'Ref':
        return this.ref(arg);
      case 'Fn::GetAtt': {
        const parts = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split(/\.(.*)/s, 2) : [];
        const [id, attr] = parts;
        if (typeof id === 'string' && this.resources.has(id)) return this.getAtt(id, typeof attr === 'string' ? attr : undefined, depth);
        return unknown(`Fn::GetAtt of '${String(id)}', which is not a resource of this template`);
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return unknown('a malformed Fn::If');
        const [cond, whenTrue, whenFalse] = arg;
        const decided = this.condition(cond, 0);
        const out: Alt[] = [];
        if (decided !== false) {
          for (const a of this.alts(whenTrue, depth + 1)) out.push({ value: a.value, branches: [`${cond} is true`, ...a.branches] });
        }
        if (decided !== true) {
          for (const a of this.alts(whenFalse, depth + 1)) out.push({ value: a.value, branches: [`${cond} is false`, ...a.branches] });
        }
        return decided === undefined ? out : out.map((a) => ({ value: a.value, branches: a.branches.slice(1) }));
      }
      case 'Fn::ImportValue':
        return unknown('imported from another stack with Fn::ImportValue', 'import');
      case 'Fn::Sub':
        return this.sub(arg, depth);
      case 'Fn::Join': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknown('a malformed Fn::Join');
        const seps = this.alts(arg[0], depth + 1);
        const lists = this.alts(arg[1], depth + 1);
        const out: Alt[] = [];
        for (const s of seps) {
          for (const l of lists) {
            if (typeof s.value !== 'string' || !Array.isArray(l.value)) {
              out.push({ value: new Unknown('an Fn::Join whose parts cannot be resolved', { [fn]: arg }), branches: [...s.branches, ...l.branches] });
              continue;
            }
            out.push({ value: joinParts(l.value, s.value, { [fn]: arg }), branches: [...s.branches, ...l.branches] });
          }
        }
        return out;
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknown('a malformed Fn::Select');
        const out: Alt[] = [];
        for (const i of this.alts(arg[0], depth + 1)) {
          for (const l of this.alts(arg[1], depth + 1)) {
            const idx = Number(i.value);
            const value = Array.isArray(l.value) && Number.isInteger(idx) && idx >= 0 && idx < l.value.length
              ? l.value[idx]
              : new Unknown('an Fn::Select that cannot be resolved', { [fn]: arg });
            out.push({ value, branches: [...i.branches, ...l.branches] });
          }
        }
        return out;
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, depth);
      case 'Fn::GetAZs':
        return known([new Unknown('the availability zones of the region', undefined, 'pseudo')]);
      default:
        return unknown(`${fn}, which this model does not evaluate`);
    }
  }

  /**
   * `Fn::FindInMap [map, top, second]`, and the `AWS::LanguageExtensions` form with a
   * fourth argument `{DefaultValue: x}`, which is the value whenever the map has no
   * entry for the keys. Keys the template cannot tell (e.g. the region) make every
   * entry of the map possible, and the default too: the key may have no entry.
   */
  private findInMap(arg: unknown, depth: number): Alt[] {
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return [{ value: new Unknown('a malformed Fn::FindInMap', { 'Fn::FindInMap': arg }), branches: [] }];
    const dflt = arg.length === 4 ? arg[3] : undefined;
    if (dflt !== undefined && !(isObject(dflt) && Object.keys(dflt).length === 1 && hasOwn(dflt, 'DefaultValue'))) {
      return [{ value: new Unknown('an Fn::FindInMap whose fourth argument is not {DefaultValue: ...}', { 'Fn::FindInMap': arg }), branches: [] }];
    }
    const mappings = isObject(this.body.Mappings) ? this.body.Mappings : {};
    const keyAlts = product(arg.slice(0, 3).map((k) => this.alts(k, depth + 1)), (v) => v);
    const out: Alt[] = [];
    const push = (raw: unknown, branches: string[]) => {
      for (const v of this.alts(raw, depth + 1)) out.push({ value: v.value, branches: [...branches, ...v.branches] });
    };
    const literal = (x: unknown) => (typeof x === 'string' && !/\$\{/.test(x) ? x : undefined);
    for (const k of keyAlts) {
      const [m, a, b] = (k.value as unknown[]).map(literal);
      const unresolved = new Unknown(`Fn::FindInMap into '${String((k.value as unknown[])[0])}' with keys that cannot be resolved`);
      const top = m !== undefined && isObject(own(mappings, m)) ? (own(mappings, m) as Record<string, unknown>) : undefined;
      const second = top && a !== undefined && isObject(own(top, a)) ? (own(top, a) as Record<string, unknown>) : undefined;
      const noEntry = `the mapping ${String(m)} has no entry for the keys, so the DefaultValue applies`;
      if (second && b !== undefined && hasOwn(second, b)) {
        push(second[b], k.branches);
      } else if (dflt && m !== undefined && a !== undefined && b !== undefined) {
        // Both keys are known and the map has no such entry: the default is the value.
        push(dflt.DefaultValue, k.branches);
      } else if (top && b !== undefined) {
        // The first key is not known (e.g. the region): every entry of the map is possible.
        const entries = Object.entries(top).filter(([, v]) => isObject(v) && hasOwn(v, b));
        for (const [key, v] of entries) push((v as Record<string, unknown>)[b], [...k.branches, `the mapping key is ${key}`]);
        if (dflt) push(dflt.DefaultValue, [...k.branches, noEntry]);
        else if (entries.length === 0) out.push({ value: unresolved, branches: k.branches });
      } else {
        out.push({ value: unresolved, branches: k.branches });
      }
    }
    return out;
  }

  /**
   * `Fn::GetAtt` of a resource of this template. An attribute that equals a
   * property written on the resource (`ECHOED_ATTRIBUTES`, e.g. a VPC's CidrBlock)
   * is that property's value; an attribute whose value is set outside the template
   * (`opaqueAttribute`, e.g. an SSM parameter's Value) is `Unknown`; any other is
   * a `Reference`, which rules may follow to the resource.
   */
  private getAtt(id: string, attr: string | undefined, depth: number): Alt[] {
    const target = this.resources.get(id)!;
    const reference = [{ value: new Reference(id, attr), branches: [] }];
    if (attr === undefined) return reference;
    const opaque = opaqueAttribute(target.type, attr);
    if (opaque) return [{ value: new Unknown(`${id}.${attr}, ${opaque.why}`, { 'Fn::GetAtt': [id, attr] }, opaque.kind), branches: [] }];
    const prop = echoedProperty(target.type, attr);
    const raw = prop === undefined ? undefined : target.rawProperties[prop];
    // Absent (e.g. a CIDR allocated from an IPAM pool): the attribute is only known once deployed.
    return raw === undefined ? reference : this.alts(raw, depth + 1);
  }

  private ref(arg: unknown): Alt[] {
    const name = typeof arg === 'string' ? arg : undefined;
    if (name === undefined) return [{ value: new Unknown('a Ref that is not a string'), branches: [] }];
    if (name === 'AWS::NoValue') return [{ value: NO_VALUE, branches: [] }];
    if (hasOwn(PSEUDO, name)) return [{ value: `\${${name}}`, branches: [] }];
    if (this.resources.has(name)) return [{ value: new Reference(name), branches: [] }];
    const p = this.parameter(name);
    if (!p) return [{ value: new Unknown(`Ref to '${name}', which is neither a parameter nor a resource of this template`), branches: [] }];
    if (p.type && /^(AWS::SSM::Parameter::Value|List<|CommaDelimitedList)/.test(p.type) && !p.allowedValues) {
      const kind = p.type.startsWith('AWS::SSM::Parameter::Value') ? 'ssm' : 'parameter';
      return [{ value: new Unknown(`parameter '${name}' (${p.type}) is only known at deploy time`, undefined, kind, name), branches: [] }];
    }
    if (p.allowedValues && p.allowedValues.length > 0) {
      return p.allowedValues.map((v) => ({ value: v, branches: [`parameter ${name} is ${JSON.stringify(v)}`] }));
    }
    const dflt = p.default === undefined ? 'no default' : `default ${JSON.stringify(p.default)}`;
    return [{ value: new Unknown(`parameter '${name}' can be set to any value at deploy time (${dflt}, no AllowedValues)`, undefined, 'parameter', name), branches: [] }];
  }

  private sub(arg: unknown, depth: number): Alt[] {
    let text: unknown = arg;
    let vars: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      text = arg[0];
      vars = isObject(arg[1]) ? arg[1] : {};
    }
    if (typeof text !== 'string') return [{ value: new Unknown('an Fn::Sub whose text is not a string'), branches: [] }];
    const names = [...new Set([...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((m) => m[1]))];
    const choices = names.map((n) => {
      if (hasOwn(vars, n)) return this.alts(vars[n], depth + 1);
      if (n.includes('.')) {
        const [id, ...attr] = n.split('.');
        if (this.resources.has(id)) return this.getAtt(id, attr.join('.'), depth);
      }
      return this.ref(n);
    });
    return product(choices, (vals) => {
      let bad: Unknown | undefined;
      const out = text.replace(/\$\{([^!}][^}]*)\}/g, (_m, n: string) => {
        const v = vals[names.indexOf(n)];
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
        if (v instanceof Reference) return v.toString();
        if (v instanceof Unknown && v.parameter !== undefined) return `\${${n}}`;
        bad = v instanceof Unknown ? v : new Unknown(`Fn::Sub variable '${n}' cannot be resolved`);
        return `\${${n}}`;
      }).replace(/\$\{!/g, '${');
      return bad ?? out;
    });
  }

  /** Named conditions already decided: each is evaluated once (a chain of Fn::Or conditions is exponential otherwise). */
  private readonly conditions = new Map<string, boolean | undefined>();
  /** Named conditions being evaluated: a condition that refers back to itself is undecided. */
  private readonly deciding = new Set<string>();

  /** Evaluate a named condition when the template alone decides it; `undefined` otherwise. */
  condition(name: string, depth: number): boolean | undefined {
    if (this.conditions.has(name)) return this.conditions.get(name);
    if (depth > 20 || this.deciding.has(name)) return undefined;
    const conds = isObject(this.body.Conditions) ? this.body.Conditions : {};
    this.deciding.add(name);
    const decided = this.evalCondition(own(conds, name), depth + 1);
    this.deciding.delete(name);
    this.conditions.set(name, decided);
    return decided;
  }

  private evalCondition(c: unknown, depth: number): boolean | undefined {
    if (!isObject(c)) return typeof c === 'boolean' ? c : undefined;
    const [fn] = Object.keys(c);
    const arg = c[fn];
    if (fn === 'Condition' && typeof arg === 'string') return this.condition(arg, depth);
    if (!Array.isArray(arg)) return undefined;
    const parts = arg.map((a) => this.evalCondition(a, depth + 1));
    switch (fn) {
      case 'Fn::Not':
        return parts[0] === undefined ? undefined : !parts[0];
      case 'Fn::And':
        return parts.includes(false) ? false : parts.every((p) => p === true) ? true : undefined;
      case 'Fn::Or':
        return parts.includes(true) ? true : parts.every((p) => p === false) ? false : undefined;
      case 'Fn::Equals': {
        const vals = arg.map((a) => {
          const alts = this.alts(a, depth + 1);
          return alts.length === 1 && (typeof alts[0].value === 'string' || typeof alts[0].value === 'number' || typeof alts[0].value === 'boolean')
            && !/\$\{/.test(String(alts[0].value)) ? String(alts[0].value) : undefined;
        });
        return vals[0] === undefined || vals[1] === undefined ? undefined : vals[0] === vals[1];
      }
      default:
        return undefined;
    }
  }
}

/** Why a resource with a `Condition` attribute may not be created, or `undefined` when it always is. */
export function conditionalCreation(resource: TemplateResource): string | undefined {
  const c = resource.raw.Condition;
  if (c === undefined) return undefined;
  if (typeof c !== 'string') return `its Condition ${JSON.stringify(c)} cannot be evaluated`;
  return resource.template.condition(c, 0) === true ? undefined : `it is only created when condition ${c} is true`;
}

/** Cartesian product of alternatives, combined by `join`; capped at MAX_VARIANTS. */
function product(choices: Alt[][], join: (vals: unknown[]) => unknown): Alt[] {
  let acc: Alt[] = [{ value: [], branches: [] }];
  for (const options of choices) {
    if (options.length === 1) {
      const o = options[0];
      acc = acc.map((a) => ({ value: [...(a.value as unknown[]), o.value], branches: o.branches.length ? [...a.branches, ...o.branches] : a.branches }));
      continue;
    }
    const next: Alt[] = [];
    for (const a of acc) for (const o of options) next.push({ value: [...(a.value as unknown[]), o.value], branches: [...a.branches, ...o.branches] });
    if (next.length > MAX_VARIANTS) {
      return [{ value: new Unknown(`more than ${MAX_VARIANTS} Fn::If combinations`), branches: [] }];
    }
    acc = next;
  }
  return acc.map((a) => ({ value: join(a.value as unknown[]), branches: a.branches }));
}

function joinParts(parts: unknown[], sep: string, raw: unknown): unknown {
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean') out.push(String(p));
    else if (p instanceof Reference) out.push(p.toString());
    else if (p instanceof Unknown && p.parameter !== undefined) out.push(`\${${p.parameter}}`);
    else return p instanceof Unknown ? p : new Unknown('an Fn::Join with a part that cannot be resolved', raw);
  }
  return out.join(sep);
}

/** Collect logical ids referenced by Ref, Fn::GetAtt and Fn::Sub in a raw value. */
export function collectRefs(raw: unknown, into: Set<string>): void {
  if (Array.isArray(raw)) {
    for (const e of raw) collectRefs(e, into);
    return;
  }
  if (!isObject(raw)) return;
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'Ref' && typeof v === 'string') into.add(v);
    else if (k === 'Fn::GetAtt') {
      const id = Array.isArray(v) ? v[0] : typeof v === 'string' ? v.split('.')[0] : undefined;
      if (typeof id === 'string') into.add(id);
    } else if (k === 'Fn::Sub') {
      const text = Array.isArray(v) ? v[0] : v;
      if (typeof text === 'string') for (const m of text.matchAll(/\$\{([^!}.][^}.]*)(\.[^}]*)?\}/g)) into.add(m[1]);
      if (Array.isArray(v)) collectRefs(v[1], into);
    } else {
      collectRefs(v, into);
    }
  }
}
