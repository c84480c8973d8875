import type { CatalogEntry } from './types';

export const lambda: CatalogEntry[] = [];
