import type { CatalogEntry } from './types';

export const memorydb: CatalogEntry[] = [];
