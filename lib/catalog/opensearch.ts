import type { CatalogEntry } from './types';

export const opensearch: CatalogEntry[] = [];
