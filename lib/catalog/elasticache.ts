import type { CatalogEntry } from './types';

export const elasticache: CatalogEntry[] = [];
