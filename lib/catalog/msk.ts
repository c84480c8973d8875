import type { CatalogEntry } from './types';

export const msk: CatalogEntry[] = [];
