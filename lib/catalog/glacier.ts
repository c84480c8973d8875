import type { CatalogEntry } from './types';

export const glacier: CatalogEntry[] = [];
