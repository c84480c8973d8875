import type { CatalogEntry } from './types';

export const ecr: CatalogEntry[] = [];
