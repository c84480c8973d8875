import type { CatalogEntry } from './types';

export const kinesis: CatalogEntry[] = [];
