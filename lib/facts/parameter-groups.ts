/**
 * Following a database's parameter (or option) group reference to the group the
 * template defines, so a rule can read the setting the database will really run
 * with. A fact shared by the RDS, Redshift and DocumentDB rules.
 */
import type { TemplateResource, TemplateModel } from '../template/template';
import { describe, isObject, isReference, isUnknown, str } from '../template/values';

/** Where a group reference leads. */
export type GroupRef =
  /** No group named, or a `default.<family>` name: the service's default group (family when the name tells it). */
  | { readonly kind: 'default'; readonly family?: string }
  /** A group resource of this template. */
  | { readonly kind: 'template'; readonly group: TemplateResource }
  /** A group the template cannot show: a name defined elsewhere, a parameter, an import, another resource type. */
  | { readonly kind: 'unknown'; readonly why: string };

/**
 * Resolve a group reference (`DBParameterGroupName`, `ClusterParameterGroupName`, ...).
 * `types` are the group resource types that may be referenced; `nameProps` the
 * properties of those resources that carry the group's name (a literal name may
 * point at a group of this template by that name).
 */
export function resolveGroup(template: TemplateModel, value: unknown, types: readonly string[], nameProps: readonly string[]): GroupRef {
  if (value === undefined || value === null || value === '') return { kind: 'default' };
  const target = template.target(value);
  if (target) {
    if (types.includes(target.type)) return { kind: 'template', group: target };
    return { kind: 'unknown', why: `it refers to ${target.logicalId} (${target.type}), not a ${types.join(' or ')}` };
  }
  if (isUnknown(value)) return { kind: 'unknown', why: value.reason };
  if (isReference(value)) return { kind: 'unknown', why: `it refers to ${value.toString()}, which is not a resource of this template` };
  const name = str(value);
  if (name === undefined) return { kind: 'unknown', why: `the name ${describe(value)} is only known at deploy time` };
  const m = /^default[.:](.+)$/i.exec(name);
  if (m) return { kind: 'default', family: m[1].toLowerCase() };
  for (const r of template.ofType(...types)) {
    const names = nameProps.map((p) => r.rawProperties[p]);
    if (names.some((n) => typeof n === 'string' && n.toLowerCase() === name.toLowerCase())) return { kind: 'template', group: r };
  }
  return { kind: 'unknown', why: `the group '${name}' is not defined in this template, so its settings cannot be read` };
}

/** One rendering of a group's setting, with the `Fn::If` branches of the group that lead to it. */
export interface Setting {
  readonly value: unknown;
  /** The group's `Family` in that rendering, lower-cased, when it is a literal. */
  readonly family?: string;
  readonly branches: readonly string[];
}

/** Read a parameter from every rendering of a group whose `Parameters` is a name -> value map (RDS, DocumentDB). */
export function mapParameter(group: TemplateResource, name: string): Setting[] {
  return group.variants().map((v) => {
    const params = v.value.Parameters;
    let value: unknown;
    if (isUnknown(params)) value = params;
    else if (isObject(params)) {
      const key = Object.keys(params).find((k) => k.toLowerCase() === name.toLowerCase());
      value = key === undefined ? undefined : params[key];
    }
    return { value, family: str(v.value.Family)?.toLowerCase(), branches: v.branches };
  });
}

/** Read a parameter from every rendering of a group whose `Parameters` is a list of {ParameterName, ParameterValue} (Redshift). */
export function listParameter(group: TemplateResource, name: string, keyProp = 'ParameterName', valueProp = 'ParameterValue'): Setting[] {
  return group.variants().map((v) => {
    const params = v.value.Parameters;
    let value: unknown;
    if (isUnknown(params)) value = params;
    else if (Array.isArray(params)) {
      for (const p of params) {
        if (isUnknown(p)) {
          value = p;
          break;
        }
        if (!isObject(p)) continue;
        const key = p[keyProp];
        if (isUnknown(key)) {
          value = key;
          break;
        }
        if (typeof key === 'string' && key.toLowerCase() === name.toLowerCase()) value = p[valueProp];
      }
    }
    return { value, family: str(v.value.ParameterGroupFamily ?? v.value.Family)?.toLowerCase(), branches: v.branches };
  });
}

/** " when <branches>" for a group rendering reached through `Fn::If`, or "". */
export function when(s: Setting): string {
  return s.branches.length ? ` when ${s.branches.join(' and ')}` : '';
}
