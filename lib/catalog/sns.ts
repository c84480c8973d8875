import type { CatalogEntry } from './types';

export const sns: CatalogEntry[] = [];
