import type { CatalogEntry } from './types';

export const storagegateway: CatalogEntry[] = [];
