/**
 * Where the Guard policies may, by design, differ from the rules engine.
 *
 * Guard does not evaluate intrinsic functions. Where the rules engine proves a
 * secure value through one (a parameter whose AllowedValues are all secure, an
 * Fn::If whose branches are all secure, an Fn::FindInMap over secure values, an
 * Fn::GetAtt of an attribute that equals a literal property such as a VPC's CidrBlock, an
 * Fn::Sub whose ${X.Attr} placeholder Guard cannot tie to a resource type while the template
 * has custom resources), the Guard twin cannot follow it and fails closed: Guard is stricter
 * there, never looser: `INTRINSICS_DIFFERENCE` in the catalog (lib/catalog) states it for every rule.
 * Rule-specific differences are declared in the catalog entry (`guardDifference`).
 */
import { echoedProperty } from '../template/template';

/** Whether a template uses an intrinsic the rules engine can resolve and Guard cannot. */
export function usesResolvableIntrinsics(template: unknown): boolean {
  const params = (template as { Parameters?: Record<string, { AllowedValues?: unknown }> })?.Parameters ?? {};
  const resources = ((template as { Resources?: unknown })?.Resources ?? {}) as Record<string, { Type?: unknown }>;
  const echoed = (ref: unknown) => {
    const [id, attr] = Array.isArray(ref) ? ref : typeof ref === 'string' ? ref.split(/\.(.*)/s, 2) : [];
    const type = typeof id === 'string' ? resources[id]?.Type : undefined;
    return typeof type === 'string' && typeof attr === 'string' && echoedProperty(type, attr) !== undefined;
  };
  const hasCustom = Object.values(resources).some((r) => typeof r?.Type === 'string' && /^(Custom::|AWS::CloudFormation::CustomResource$)/.test(r.Type));
  let found = false;
  const visit = (x: unknown) => {
    if (found || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const o = x as Record<string, unknown>;
    if ('Fn::If' in o || 'Fn::FindInMap' in o || 'Fn::Select' in o) found = true;
    else if (typeof o.Ref === 'string' && params[o.Ref]?.AllowedValues) found = true;
    else if ('Fn::GetAtt' in o && echoed(o['Fn::GetAtt'])) found = true;
    else if (hasCustom && typeof o['Fn::Sub'] === 'string' && /\$\{[A-Za-z0-9]+\.[A-Za-z0-9.]+\}/.test(o['Fn::Sub'])) found = true;
    else Object.values(o).forEach(visit);
  };
  visit((template as { Resources?: unknown })?.Resources);
  return found;
}
