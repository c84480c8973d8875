import type { CatalogEntry } from './types';

export const rds: CatalogEntry[] = [];
