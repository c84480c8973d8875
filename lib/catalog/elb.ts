import type { CatalogEntry } from './types';

export const elb: CatalogEntry[] = [];
