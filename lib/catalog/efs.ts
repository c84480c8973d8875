import type { CatalogEntry } from './types';

export const efs: CatalogEntry[] = [];
