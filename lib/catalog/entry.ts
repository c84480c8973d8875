import { PLAINTEXT, PUBLIC, UNENCRYPTED } from './controls';
import type { CatalogEntry, Category, Severity } from './types';

const DEFAULT_CONTROLS: Record<Category, readonly string[]> = { P: PUBLIC, H: PLAINTEXT, E: UNENCRYPTED };

/** Build a catalog entry: the id comes from the name, controls default to the category's. */
export function entry(e: Omit<CatalogEntry, 'id' | 'controls' | 'severity'> & { controls?: readonly string[]; severity?: Severity }): CatalogEntry {
  return {
    ...e,
    id: `HealthData-${e.name}`,
    controls: e.controls ?? DEFAULT_CONTROLS[e.category],
    severity: e.severity ?? 'error',
  };
}
