import type { CatalogEntry } from './types';

export const dynamodb: CatalogEntry[] = [];
