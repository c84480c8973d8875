import type { CatalogEntry } from './types';

export const firehose: CatalogEntry[] = [];
