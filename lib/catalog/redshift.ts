import type { CatalogEntry } from './types';

export const redshift: CatalogEntry[] = [];
