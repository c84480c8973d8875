import type { CatalogEntry } from './types';

export const dms: CatalogEntry[] = [];
