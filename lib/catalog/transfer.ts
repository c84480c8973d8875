import type { CatalogEntry } from './types';

export const transfer: CatalogEntry[] = [];
