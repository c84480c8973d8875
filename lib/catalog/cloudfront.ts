import type { CatalogEntry } from './types';

export const cloudfront: CatalogEntry[] = [];
