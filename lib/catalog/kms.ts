import type { CatalogEntry } from './types';

export const kms: CatalogEntry[] = [];
