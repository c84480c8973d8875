import type { CatalogEntry } from './types';

export const backup: CatalogEntry[] = [];
