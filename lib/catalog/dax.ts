import type { CatalogEntry } from './types';

export const dax: CatalogEntry[] = [];
