import type { CatalogEntry } from './types';

export const logs: CatalogEntry[] = [];
