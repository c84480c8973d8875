/** Join the catalog (data) to the rule functions (code) by service folder and name. */
import type { CatalogEntry } from '../catalog/types';
import * as rules from './index';
import type { Rule } from './rule';

const byService = rules as unknown as Record<string, Record<string, Rule>>;

export function ruleFor(entry: CatalogEntry): Rule {
  const fn = byService[entry.service]?.[entry.name];
  if (typeof fn !== 'function') {
    throw new Error(`catalog entry ${entry.id} has no rule function at lib/rules/${entry.service}/${entry.name}.ts`);
  }
  return fn;
}

/** Every rule function, as `service/Name`, for the roster test. */
export function ruleNames(): string[] {
  return Object.entries(byService).flatMap(([svc, fns]) => Object.keys(fns).map((n) => `${svc}/${n}`)).sort();
}
